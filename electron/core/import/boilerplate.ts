// Site chrome that copy-pasted and scraped articles carry: lines that are never the article.
// Matching is on whole lines (lower-cased, trailing punctuation dropped), so a phrase
// inside a sentence is never touched. Add phrases here, in any language.

/** Lines dropped wherever they stand. */
const DROP = [
  // English
  'skip to content', 'skip to main content', 'skip to navigation', 'jump to content', 'jump to navigation',
  'menu', 'main menu', 'toggle navigation', 'search', 'close', 'open menu', 'sign in', 'log in', 'subscribe',
  'subscribe now', 'subscribe to our newsletter', 'newsletter', 'sign up for our newsletter', 'sign up', 'advertisement', 'advertising', 'sponsored', 'sponsored content', 'share',
  'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter',
  'share on x', 'share on whatsapp', 'share via email', 'email', 'print', 'print this article', 'tweet',
  'facebook', 'twitter', 'whatsapp', 'linkedin', 'telegram', 'copy link', 'link copied', 'read more',
  'show more', 'load more', 'see more', 'learn more', 'continue reading', 'back to top', 'go to top', 'scroll to top',
  'listen to this article', 'follow us', 'like this', 'loading...', 'loading', 'cookie settings',
  'accept cookies', 'accept all cookies', 'we use cookies', 'next article', 'previous article', 'next post',
  'previous post', 'tags', 'topics', 'filed under', 'posted in', 'recommend', 'view comments', 'comments are closed',
  'story highlights', 'text size', 'x', '×', 'image', 'enlarge', '[+] enlarge', 'enlarge this image', 'play video',
  'embed player', 'download audio', 'subscribe to podcast', 'add your comment', 'be first to contribute',
  // A newsletter's (an email's) furniture, in these languages and the others below
  'view in browser', 'view in your browser', 'view this email in your browser', 'view online', 'view as a web page',
  'unsubscribe', 'update preferences', 'update your preferences', 'manage preferences', 'forward to a friend',
  'voir la version en ligne', 'afficher dans le navigateur', 'se désabonner', 'se désinscrire', 'ver en el navegador',
  'ver en línea', 'darse de baja', 'cancelar suscripción', 'عرض في المتصفح', 'إلغاء الاشتراك',
  // A byline's label, left alone when the page's extraction took its name (TIME's "By:")
  'by', 'written by', 'par', 'por', 'von', 'بقلم', 'מאת',
  // Arabic
  'اظهر المزيد', 'أظهر المزيد', 'عرض المزيد', 'اقرأ المزيد', 'اقرأ أيضا', 'اقرأ أيضاً', 'شارك', 'مشاركة',
  'شارك هذا المقال', 'زر الذهاب إلى الأعلى', 'العودة إلى الأعلى', 'إعلان', 'تخطى إلى المحتوى',
  'انتقل إلى المحتوى', 'بحث', 'القائمة',
  // Hebrew
  'דלג לתוכן', 'דלג לתוכן העמוד', 'שתף', 'שתפו', 'קרא עוד', 'קראו עוד', 'חזרה למעלה', 'פרסומת',
  // French, German, Spanish
  'aller au contenu', 'partager', 'lire aussi', 'lire la suite', 'zum inhalt springen', 'teilen',
  'weiterlesen', 'ir al contenido', 'compartir', 'leer más',
];

/** Lines after which the rest of the page is comments, related links or footer. */
const CUT_AFTER = [
  'related', 'related articles', 'related posts', 'related stories', 'related content', 'related news',
  'you may also like', 'you might also like', 'more stories', 'more from this section', 'recommended',
  'recommended for you', 'leave a comment', 'leave a reply', 'post a comment', 'comments', 'member comments',
  'reader comments', 'recent comments', 'recent comments on our stories', 'join the conversation',
  'مقالات ذات صلة', 'أخبار ذات صلة', 'اخبار ذات صلة', 'مواضيع ذات صلة', 'اترك تعليقاً', 'اترك تعليقا',
  'اترك رداً', 'اترك ردا', 'التعليقات', 'כתבות נוספות', 'תגובות', 'articles similaires', 'laisser un commentaire',
  'ähnliche artikel', 'kommentare', 'artículos relacionados', 'deja un comentario',
];

/** Line beginnings of comment-form and footer notices, whatever follows them. */
const DROP_PREFIXES = [
  'your email address will not be published',
  'subscribe to our',
  'sign up for our',
  'sign up to our',
  'لن يتم نشر عنوان بريدك الإلكتروني',
  'כתובת האימייל שלך לא תפורסם',
  'votre adresse e-mail ne sera pas publiée',
  'all rights reserved',
  'blog comments powered by',
  'to embed this post',
  'to view this content, javascript must be enabled',
  'read or share this story',
  'podcast: play in new window',
  'comments powered by',
  'جميع الحقوق محفوظة',
  // A newsletter's footer ("You are receiving this because you subscribed. Unsubscribe | …")
  'you are receiving this email',
  'you are receiving this because',
  'you’re receiving this email',
  "you're receiving this email",
  'you received this email because',
  'this email was sent to',
  'having trouble viewing this email',
  'vous recevez cet e-mail',
  'vous recevez ce courriel',
  'vous recevez ce message car',
  'cet e-mail a été envoyé à',
  'recibes este correo',
  'has recibido este correo',
  'este correo fue enviado a',
  'تلقيت هذه الرسالة',
];

/**
 * Whole lines of site furniture with a name or a number in them: "Follow Jane Doe on Twitter",
 * "Subscribe to the Money newsletter!", "76 Comments", "10 réactions".
 */
const TAG = String.raw`[^,;،\s]+(?: [^,;،\s]+){0,3}`;
const NETWORK = '(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|youtube|tiktok|google\\+|google buzz|google plus)';
const FURNITURE = [
  // "Please follow Money Game on Twitter and Facebook", "Get HuffPost Business On Twitter, Facebook, and Google Buzz", "Add us on Facebook"
  new RegExp(`^(?:please )?(?:follow|like|join|find|add|get|connect with) [^.!?]{1,60} on ${NETWORK}(?:(?:,? (?:and|or|&)|,) ${NETWORK})*$`),
  /^follow @\w{1,30}$/,
  // "Get Deadline news and alerts FREE to your inbox...", "Sign up to get the best stories in your inbox"
  /^(?:get|sign up|subscribe)\b[^.!?]{0,80}\b(?:news|newsletters?|alerts|updates|stories|headlines|briefings?)\b[^.!?]{0,40}\b(?:to|in|into) your inbox$/,
  /^(?:subscribe to|sign up for|sign up to) (?:the|our) [^.!?]{0,60}newsletter$/,
  // What is left of "By Jane Doe | Example.com" once the name is taken: the site's address.
  /^[|–—•·]\s*(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}$/,
  /^\d+(?:[.,]\d+)?k? ?(?:comments?|responses?|replies|retweets?|reposts?|favou?rites?|likes?|shares?|réactions?|commentaires?|kommentare?|comentarios?|تعليقات?|תגובות)$/u,
  // A labelled list of the page's tags ("Tags: harbour, bridge"): items of four words at most.
  new RegExp(`^(?:tags|topics|keywords|filed under|etiquetas|temas|mots-clés|sujets|schlagwörter|الوسوم|كلمات مفتاحية) ?[:：] ?${TAG}(?: ?[,;،] ?${TAG})*$`, 'u'),
];

/**
 * A label over a list of links that the page runs into one line, with nothing to end it as a
 * sentence: "Related Items research facebook news feed" (The Verge), "Video Keywords Ebola Dallas".
 */
const LABELLED_LINKS = /^(?:related (?:items|topics|tags|terms|keywords|searches)|(?:video|article) keywords|temas relacionados|sujets associés|verwandte themen|mehr zum thema) /;
const SENTENCE = /[.!?…:;]["”’»)]?$/u;
/** A rule drawn in characters ("___" above an agency's credit line, "-------------", "* * *"): no words. */
const RULE = /^[\s\-_*=~•·#+–—]+$/u;

/** A link to more of a section, its arrow kept: "MORE COMMENTARY »", "More videos ›". */
const MORE_LINK = /^(?:more|see more|see all|view all|plus de|más|mehr)(?:\s[^\s.!?]+){1,3}\s?[»›→>]+$/iu;

/** Words of site sections: a line made only of them ("World NewsWorld press") is a crumb. */
const SECTION_WORDS = new Set(
  (
    'home news world press latest breaking top stories headlines politics business economy markets opinion ' +
    'analysis features sport sports international national local region regional middle east europe africa ' +
    'asia americas america us uk culture arts tech technology science health environment climate live video ' +
    'videos podcasts blog section category more the and'
  ).split(' '),
);

const drop = new Set(DROP);
const cutAfter = new Set(CUT_AFTER);
/** Chrome lines are short; longer lines skip the lookups. */
const MAX_CHROME = 160;
const TRAILING = /[\s:：.…»›|!>*]+$/u;
const SPACES = /\s+/g;

function key(line: string): string | null {
  if (line.length > MAX_CHROME) return null;
  return line.toLowerCase().replace(TRAILING, '').replace(SPACES, ' ');
}

export type Chrome = 'drop' | 'cut-after' | null;

/** Whether a whole line (block) is site chrome, and whether the page after it is too. */
export function chromeKind(line: string): Chrome {
  const k = key(line);
  if (k === null) return null;
  if (drop.has(k)) return 'drop';
  if (cutAfter.has(k)) return 'cut-after';
  for (const p of DROP_PREFIXES) if (k.startsWith(p)) return 'drop';
  if (FURNITURE.some((re) => re.test(k))) return 'drop';
  if (LABELLED_LINKS.test(k) && !SENTENCE.test(line.trim())) return 'drop';
  if (RULE.test(line)) return 'drop';
  if (MORE_LINK.test(line.trim())) return 'drop';
  return isPhotoCredit(line) ? 'drop' : null;
}

/** Picture and news agencies, as credits and bylines name them: "Jane Roe / Getty Images", "REUTERS/Tom Hale", "Tom Hale, Reuters". */
export const AGENCIES = new Set([
  'getty images', 'afp', 'reuters', 'ap', 'ap photo', 'epa', 'efe', 'epa-efe', 'dpa', 'anadolu', 'xinhua', 'bloomberg',
  'corbis', 'shutterstock', 'istock', 'alamy', 'sipa', 'ansa', 'pa', 'pa images', 'pa wire', 'imago', 'keystone',
]);
/** "(Credit: Tom Hale/CNET)", "Photo: AFP", "Illustration by Ana Ruiz", "Courtesy G4", "Crédit photo : AFP". */
const CREDIT_LABEL = /^\(?(?:(?:photo|photograph|picture|image|credit|illustration|foto|fotografía|crédit photo|crédit|bildquelle|صورة)s?(?:\s*:|\s+by\s)|courtesy(?:\s+of)?\s)/iu;
const MAX_CREDIT = 100;
const SENTENCE_END = /[.!?:…]$/u;

/** A picture's credit line, which a page sets under its photos and copying keeps in the text. */
export function isPhotoCredit(line: string): boolean {
  if (line.length > MAX_CREDIT || SENTENCE_END.test(line)) return false;
  if (CREDIT_LABEL.test(line)) return true;
  return line.includes('/') && line.split('/').some((part) => AGENCIES.has(part.trim().toLowerCase()));
}

const CRUMB_SEPARATOR = /\s[»›>|/]\s|\s?[»›]\s?/;
const CAMEL = /([a-z])([A-Z])/g;
const NON_LETTERS = /[^\p{L}]+/u;

/** "Home » Section » Title": returns the last segment, or null when the line is no breadcrumb. */
export function breadcrumbTitle(line: string): string | null {
  if (line.length > 300 || !CRUMB_SEPARATOR.test(line)) return null;
  const parts = line.split(CRUMB_SEPARATOR).map((p) => p.trim()).filter((p) => p.length > 0);
  if (parts.length < 2) return null;
  const first = parts[0]!.toLowerCase();
  const homes = ['home', 'start', 'accueil', 'inicio', 'startseite', 'الرئيسية', 'الرئيسيه', 'ראשי', 'דף הבית'];
  if (!homes.includes(first)) return null;
  return parts[parts.length - 1]!;
}

/** A short line made only of section names, as scraped navigation leaves them. */
export function isSectionCrumb(line: string): boolean {
  if (line.length > 60) return false;
  const words = line.replace(CAMEL, '$1 $2').toLowerCase().split(NON_LETTERS).filter((w) => w.length > 0);
  return words.length > 0 && words.length <= 8 && words.every((w) => SECTION_WORDS.has(w));
}
