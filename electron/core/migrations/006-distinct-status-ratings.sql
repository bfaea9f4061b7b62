-- ClaimReview gives each verdict its own ratingValue: Misleading and Mostly false both had 2,
-- so a reader of the markup could not tell them apart. The built-in statuses move to a 1..6
-- scale (False 1 ... True 6); a rating the user changed is left alone.
UPDATE tags SET rating_value = 6 WHERE id = 'status:true' AND rating_value = 5;
UPDATE tags SET rating_value = 5 WHERE id = 'status:mostly-true' AND rating_value = 4;
UPDATE tags SET rating_value = 4 WHERE id = 'status:mixed' AND rating_value = 3;
UPDATE tags SET rating_value = 3 WHERE id = 'status:misleading' AND rating_value = 2;
