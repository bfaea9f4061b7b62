// The quantity reader over phrasings written for these tests: each with the value, the bounds
// its hedge allows and what it counts, as a fact-checker would read it.
import { describe, expect, it } from 'vitest';
import { readQuantities } from '../../../electron/core/finder/quantities.js';
import type { Hedge } from '../../../shared/model.js';

const INF = null;
type Case = [phrase: string, value: number, low: number, high: number | null, thing: string, hedge: Hedge];

const plain: Case[] = [
  ['The strike killed 32 people.', 32, 32, 32, 'deaths', 'exactly'],
  ['At that point 31,000 Palestinians had died.', 31000, 31000, 31000, 'deaths', 'exactly'],
  ['The ministry counted 1,139 deaths.', 1139, 1139, 1139, 'deaths', 'exactly'],
  ['Rescuers found 12 dead in the rubble.', 12, 12, 12, 'deaths', 'exactly'],
  ['The death toll rose to 32,070 on Tuesday.', 32070, 32070, 32070, 'deaths', 'exactly'],
  ['Officials said 74,000 were wounded.', 74000, 74000, 74000, 'injured', 'exactly'],
  ['The blast injured 45 workers.', 45, 45, 45, 'injured', 'exactly'],
  ['Some 1.7 million people have been displaced.', 1.7e6, 1.53e6, 1.87e6, 'displaced', 'about'],
  ['The camp now holds 250,000 refugees.', 250000, 250000, 250000, 'displaced', 'exactly'],
  ['Militants took 253 hostages.', 253, 253, 253, 'hostages', 'exactly'],
  ['Only 112 aid trucks crossed on Sunday.', 112, 112, 112, 'aid trucks', 'exactly'],
  ['A convoy of 40 trucks reached the north.', 40, 40, 40, 'aid trucks', 'exactly'],
  ['Police arrested 18 protesters.', 18, 18, 18, 'detained', 'exactly'],
  ['The package is worth $14.1 billion.', 14.1e9, 14.1e9, 14.1e9, 'dollars', 'exactly'],
  ['Congress approved $95bn in aid.', 95e9, 95e9, 95e9, 'dollars', 'exactly'],
  ['The fund gave $3m to the hospital.', 3e6, 3e6, 3e6, 'dollars', 'exactly'],
  ['It costs 200 dollars a month.', 200, 200, 200, 'dollars', 'exactly'],
  ['The EU pledged €50 million.', 50e6, 50e6, 50e6, 'euros', 'exactly'],
  ['Britain sent £12 million of supplies.', 12e6, 12e6, 12e6, 'pounds', 'exactly'],
  ['The government allocated Rs 500 crore for relief.', 5e9, 5e9, 5e9, 'rupees', 'exactly'],
  ['The state paid Rs. 50 lakh to the families.', 5e6, 5e6, 5e6, 'rupees', 'exactly'],
  ['India sent aid worth ₹10 crore.', 1e8, 1e8, 1e8, 'rupees', 'exactly'],
  ['A ticket costs 2,000 rupees.', 2000, 2000, 2000, 'rupees', 'exactly'],
  ['The bank lent USD 5 million.', 5e6, 5e6, 5e6, 'dollars', 'exactly'],
  ['The EU pledged EUR 40m.', 40e6, 40e6, 40e6, 'euros', 'exactly'],
  ["Israel's war cost NIS 250 billion.", 250e9, 250e9, 250e9, 'shekels', 'exactly'],
  ['The war cost ₪250 billion.', 250e9, 250e9, 250e9, 'shekels', 'exactly'],
  ['Turnout was 64% in the capital.', 64, 64, 64, 'percent', 'exactly'],
  ['Unemployment reached 7.5 percent.', 7.5, 7.5, 7.5, 'percent', 'exactly'],
  ['Prices rose 12 per cent last year.', 12, 12, 12, 'percent', 'exactly'],
  ['The hospital has 350 beds.', 350, 350, 350, 'beds', 'exactly'],
  ['There are 2.3 million people in Gaza.', 2.3e6, 2.3e6, 2.3e6, 'people', 'exactly'],
  ['The group has 30,000 fighters.', 30000, 30000, 30000, 'fighters', 'exactly'],
  ['The army called up 360,000 reservists.', 360000, 360000, 360000, 'reservists', 'exactly'],
  ['13,000 of the dead were children.', 13000, 13000, 13000, 'deaths', 'exactly'],
  ['The bombing destroyed 70 schools.', 70, 70, 70, 'schools', 'exactly'],
  ['A 1.5 million budget was approved.', 1.5e6, 1.5e6, 1.5e6, 'budget', 'exactly'],
  ['It became a 40-million-user network.', 40e6, 40e6, 40e6, 'user', 'exactly'],
  ['A song costs 89¢ in the store.', 0.89, 0.89, 0.89, 'dollars', 'exactly'],
  ['Its market value fell to $2.34B on Monday.', 2.34e9, 2.34e9, 2.34e9, 'dollars', 'exactly'],
  ['Revenue reached €3.5B.', 3.5e9, 3.5e9, 3.5e9, 'euros', 'exactly'],
  ['Bread rose by 40 cents.', 0.4, 0.4, 0.4, 'dollars', 'exactly'],
  // Korean and Chinese "over" after the number.
  ['전 세계 140여 개 국가에 수출한다.', 140, 140, INF, '개', 'more than'],
  ['事故造成300多人受伤。', 300, 300, INF, '人受伤', 'more than'],
  // Chinese, Japanese and Korean write a number against its words.
  ['冲突造成30人死亡。', 30, 30, 30, '人死亡', 'exactly'],
  // A capitalised word before a number with a noun after it, or a hedge or measure, is no name.
  ['Officials in Gaza say Hamas holds 130 hostages.', 130, 130, 130, 'hostages', 'exactly'],
  ['The Death Toll Passes 30,000.', 30000, 30000, INF, 'deaths', 'more than'],
  ['Exports reached 20k tonnes.', 20000, 20000, 20000, 'tonnes', 'exactly'],
  // An adjective before the noun counted: the noun.
  ['The farm hired 48 Hispanic workers.', 48, 48, 48, 'workers', 'exactly'],
  ['The region saw 12 environmental disasters.', 12, 12, 12, 'disasters', 'exactly'],
  ['Each home has 7 connected devices.', 7, 7, 7, 'devices', 'exactly'],
  ['The state has 2,000 US colleges.', 2000, 2000, 2000, 'colleges', 'exactly'],
];

const hedged: Case[] = [
  ['The war has killed more than 31,000 people.', 31000, 31000, INF, 'deaths', 'more than'],
  ['It has led to over 31,000 Palestinian deaths.', 31000, 31000, INF, 'deaths', 'more than'],
  ['Above 500 were injured.', 500, 500, INF, 'injured', 'more than'],
  ['Exceeding 1,000 deaths were recorded.', 1000, 1000, INF, 'deaths', 'more than'],
  ['In excess of 10,000 people fled.', 10000, 10000, INF, 'displaced', 'more than'],
  ['Upwards of 300 trucks waited.', 300, 300, INF, 'aid trucks', 'more than'],
  ['North of $2 billion was spent.', 2e9, 2e9, INF, 'dollars', 'more than'],
  ['Greater than 40% of homes were damaged.', 40, 40, INF, 'homes', 'more than'],
  ['At least 1,200 people were killed.', 1200, 1200, INF, 'deaths', 'at least'],
  ['A minimum of 80 hostages remain.', 80, 80, INF, 'hostages', 'at least'],
  ['No fewer than 500 aid trucks are needed a day.', 500, 500, INF, 'aid trucks', 'at least'],
  ['Not less than 20 died.', 20, 20, INF, 'deaths', 'at least'],
  ['30,000 or more have died.', 30000, 30000, INF, 'deaths', 'at least'],
  ['They counted 200 plus wounded.', 200, 200, INF, 'injured', 'at least'],
  ['About 1,200 people were killed.', 1200, 1080, 1320, 'deaths', 'about'],
  ['Around 250 people were taken hostage.', 250, 225, 275, 'hostages', 'about'],
  ['Some 1,200 people were killed.', 1200, 1080, 1320, 'deaths', 'about'],
  ['Roughly 85% of the population is displaced.', 85, 76.5, 93.5, 'displaced', 'about'],
  ['Approximately 40 trucks entered.', 40, 36, 44, 'aid trucks', 'about'],
  ['An estimated 17,000 children are unaccompanied.', 17000, 15300, 18700, 'children', 'about'],
  ['Nearly 2 million people have fled their homes.', 2e6, 1.8e6, 2e6, 'displaced', 'nearly'],
  ['Almost 100 journalists have died.', 100, 90, 100, 'deaths', 'nearly'],
  ['Close to 9,000 were detained.', 9000, 8100, 9000, 'detained', 'nearly'],
  ['Just under 600 trucks arrived in March.', 600, 540, 600, 'aid trucks', 'nearly'],
  ['Up to 500 aid trucks a day are needed.', 500, 0, 500, 'aid trucks', 'up to'],
  ['As many as 100 hostages may still be alive.', 100, 0, 100, 'hostages', 'up to'],
  ['At most 20 trucks got through.', 20, 0, 20, 'aid trucks', 'up to'],
  ['No more than 300 aid trucks crossed.', 300, 0, 300, 'aid trucks', 'up to'],
  ['Not more than 50 were wounded.', 50, 0, 50, 'injured', 'up to'],
  ['A maximum of 10,000 people can shelter there.', 10000, 0, 10000, 'people', 'up to'],
  ['Fewer than 20,000 deaths were recorded.', 20000, 0, 20000, 'deaths', 'fewer than'],
  ['Less than $1 million was delivered.', 1e6, 0, 1e6, 'dollars', 'fewer than'],
  ['Under 100 trucks entered last week.', 100, 0, 100, 'aid trucks', 'fewer than'],
  ['Below 5% of requests were approved.', 5, 0, 5, 'requests', 'fewer than'],
  ['Not even 100 trucks entered.', 100, 0, 100, 'aid trucks', 'fewer than'],
  ['The toll could be as high as 40,000.', 40000, 0, 40000, 'deaths', 'up to'],
  ['The toll may be as low as 20,000.', 20000, 20000, INF, 'deaths', 'at least'],
  ['The death toll has surpassed 35,000.', 35000, 35000, INF, 'deaths', 'more than'],
  ['The death toll has topped 35,000.', 35000, 35000, INF, 'deaths', 'more than'],
  ['The death toll passed 35,000 on Thursday.', 35000, 35000, INF, 'deaths', 'more than'],
  ['The toll passed the 30,000 mark in February.', 30000, 30000, INF, 'deaths', 'more than'],
  ['The number killed exceeds 35,000.', 35000, 35000, INF, 'deaths', 'more than'],
  ['Upward of 35,000 people have been killed.', 35000, 35000, INF, 'deaths', 'more than'],
  ['Some 35,000-plus people have been killed.', 35000, 35000, INF, 'deaths', 'at least'],
];

const words: Case[] = [
  ['The attack left 1.2 million people without water.', 1.2e6, 1.2e6, 1.2e6, 'people', 'exactly'],
  ['Thirty-two thousand people have died.', 32000, 32000, 32000, 'deaths', 'exactly'],
  ['Five hundred trucks are waiting at the border.', 500, 500, 500, 'aid trucks', 'exactly'],
  ['A third of the population faces famine.', 1 / 3, 0.333, 0.333, 'population', 'exactly'],
  ['Two-thirds of the homes were destroyed.', 2 / 3, 0.667, 0.667, 'homes', 'exactly'],
  ['A quarter of the hospitals still work.', 0.25, 0.25, 0.25, 'hospitals', 'exactly'],
  ['Half a million people fled south.', 5e5, 5e5, 5e5, 'displaced', 'exactly'],
  ['One and a half million are displaced.', 1.5e6, 1.5e6, 1.5e6, 'displaced', 'exactly'],
  ['Over a million displaced Palestinians live there.', 1e6, 1e6, INF, 'displaced', 'more than'],
  ['A million people sheltered in Rafah.', 1e6, 1e6, 1e6, 'people', 'exactly'],
  ['Twelve journalists were killed.', 12, 12, 12, 'deaths', 'exactly'],
  ['Forty aid trucks were turned back.', 40, 40, 40, 'aid trucks', 'exactly'],
  ['Nearly seventy thousand have been injured.', 70000, 63000, 70000, 'injured', 'nearly'],
  ['More than two million people need food.', 2e6, 2e6, INF, 'people', 'more than'],
  ['About three hundred hostages were taken.', 300, 270, 330, 'hostages', 'about'],
  ['Ninety-five people died overnight.', 95, 95, 95, 'deaths', 'exactly'],
  ['A hundred trucks crossed on Monday.', 100, 100, 100, 'aid trucks', 'exactly'],
  ['A dozen soldiers were wounded.', 12, 12, 12, 'injured', 'exactly'],
  ['At least a thousand people were killed.', 1000, 1000, INF, 'deaths', 'at least'],
  ['Some two million people are displaced.', 2e6, 1.8e6, 2.2e6, 'displaced', 'about'],
  ['Thirty percent of the aid was blocked.', 30, 30, 30, 'aid', 'exactly'],
  ['Up to two thousand trucks are needed.', 2000, 0, 2000, 'aid trucks', 'up to'],
  ['Three quarters of the wells are dry.', 0.75, 0.75, 0.75, 'wells', 'exactly'],
  ['One in five Gazans has fled.', 0.2, 0.2, 0.2, 'displaced', 'exactly'],
  ['Two in three homes were damaged.', 2 / 3, 0.667, 0.667, 'homes', 'exactly'],
  ['Only one in ten trucks was let in.', 0.1, 0.1, 0.1, 'aid trucks', 'exactly'],
  ['Nearly 1 in 3 children is malnourished.', 1 / 3, 0.3, 0.333, 'children', 'nearly'],
  ['Four out of five people depend on aid.', 0.8, 0.8, 0.8, 'people', 'exactly'],
  ['Seven out of every 100 children are malnourished.', 0.07, 0.07, 0.07, 'children', 'exactly'],
  ['One in every four homes was damaged.', 0.25, 0.25, 0.25, 'homes', 'exactly'],
  ['Six hundred thousand children are out of school.', 6e5, 6e5, 6e5, 'children', 'exactly'],
  ['Twenty thousand dollars was raised.', 20000, 20000, 20000, 'dollars', 'exactly'],
  ['A million and a half people fled.', 1.5e6, 1.5e6, 1.5e6, 'displaced', 'exactly'],
  ['A dozen or so trucks crossed.', 12, 10.8, 13.2, 'aid trucks', 'about'],
  ['Some 300 or so people were killed.', 300, 270, 330, 'deaths', 'about'],
  ['More than 1,000 people were maimed.', 1000, 1000, INF, 'injured', 'more than'],
  ['Nearly half of the population is under 18.', 0.5, 0.45, 0.5, 'population', 'nearly'],
  ['Half the population is displaced.', 0.5, 0.5, 0.5, 'displaced', 'exactly'],
  ['More than half of the dead are women and children.', 0.5, 0.5, INF, 'deaths', 'more than'],
  ['Half of the hospitals are closed.', 0.5, 0.5, 0.5, 'hospitals', 'exactly'],
  ['One half of the trucks were turned back.', 0.5, 0.5, 0.5, 'aid trucks', 'exactly'],
];

const vagueAndRanges: Case[] = [
  ['Between 20,000 and 30,000 people were killed.', 25000, 20000, 30000, 'deaths', 'range'],
  ['From 5,000 to 8,000 people fled.', 6500, 5000, 8000, 'displaced', 'range'],
  ['Some 20 to 30 million dollars is missing.', 25e6, 20e6, 30e6, 'dollars', 'range'],
  ['Estimates run 100-150 trucks a day.', 125, 100, 150, 'aid trucks', 'range'],
  ['The army says 5–10 soldiers were injured.', 7.5, 5, 10, 'injured', 'range'],
  ['Between 1.5 and 2 million people are displaced.', 1.75e6, 1.5e6, 2e6, 'displaced', 'range'],
  ['Thousands of people fled the city.', 2000, 2000, 9999, 'displaced', 'range'],
  ['Tens of thousands of people were displaced.', 20000, 20000, 99999, 'displaced', 'range'],
  ['Hundreds of trucks are stuck at the crossing.', 200, 200, 999, 'aid trucks', 'range'],
  ['Dozens of people were killed overnight.', 24, 24, 143, 'deaths', 'range'],
  ['Hundreds of thousands of people are displaced.', 200000, 200000, 999999, 'displaced', 'range'],
  ['Millions of dollars in aid were pledged.', 2e6, 2e6, 999e6, 'dollars', 'range'],
  ['More than thousands of people died.', 2000, 2000, INF, 'deaths', 'more than'],
  ['Between 10% and 15% of the aid arrived.', 12.5, 10, 15, 'aid', 'range'],
  ['Casualties of 300 to 400 were reported.', 350, 300, 400, 'casualties', 'range'],
  ['Thousands were killed.', 2000, 2000, 9999, 'deaths', 'range'],
  ['Hundreds were wounded in the strikes.', 200, 200, 999, 'injured', 'range'],
  ['Tens of thousands have fled.', 20000, 20000, 99999, 'displaced', 'range'],
  ['Dozens were killed overnight.', 24, 24, 143, 'deaths', 'range'],
  ['Scores of people were killed.', 40, 40, 199, 'deaths', 'range'],
  ['Several hundred people were detained.', 200, 200, 999, 'detained', 'range'],
  ['A few thousand people fled.', 2000, 2000, 9999, 'displaced', 'range'],
  ['More than several dozen trucks entered.', 24, 24, INF, 'aid trucks', 'more than'],
  ['Growth was 20∼30% a year.', 25, 20, 30, 'percent', 'range'],
  // Any plural scale after "tens of" or "hundreds of".
  ['Tens of millions of people fled the floods.', 20e6, 20e6, 99_999_999, 'displaced', 'range'],
  ['Hundreds of millions of dollars were pledged.', 200e6, 200e6, 999_999_999, 'dollars', 'range'],
  ['Tens of billions of euros were lost.', 20e9, 20e9, 99_999_999_999, 'euros', 'range'],
];

/** Spanish and French hedges: value, bounds and hedge (what they count is below, with Arabic). */
const spanishAndFrench: Array<[phrase: string, value: number, low: number, high: number | null, hedge: Hedge]> = [
  ['Más de 300 personas murieron en el terremoto.', 300, 300, INF, 'more than'],
  ['Unos 40 camiones entraron el lunes.', 40, 36, 44, 'about'],
  ['Al menos 12 personas fueron detenidas.', 12, 12, INF, 'at least'],
  ['Casi 900 heridos llegaron al hospital.', 900, 810, 900, 'nearly'],
  ['Plus de 2 000 personnes ont fui.', 2000, 2000, INF, 'more than'],
  ['Environ 150 camions attendaient.', 150, 135, 165, 'about'],
  ["Jusqu'à 80 otages seraient détenus.", 80, 0, 80, 'up to'],
  ['La espera duró más de 12 años.', 12, 12, INF, 'more than'],
  ['The film earned in the region of $90m worldwide.', 90e6, 81e6, 99e6, 'about'],
];

describe('hedges in Spanish and French', () => {
  it.each(spanishAndFrench)('%s', (phrase, value, low, high, hedge) => {
    const [q] = readQuantities(phrase);
    const round = (x: number | null | undefined) => (typeof x === 'number' ? Math.round(x * 100) / 100 : x);
    expect({ value: round(q?.value), low: round(q?.low), high: round(q?.high), hedge: q?.hedge }).toEqual({ value, low, high, hedge });
  });
});

/** What a figure counts, said in Spanish, French and Arabic: the same measures as in English, so outlets in each are compared. */
const measuredElsewhere: Array<[phrase: string, language: string, thing: string]> = [
  ['Más de 31.000 personas han muerto en la Franja.', 'es', 'deaths'],
  ['El bombardeo dejó 45 muertos y 120 heridos.', 'es', 'deaths'],
  ['Unos 1,7 millones de desplazados viven en tiendas.', 'es', 'displaced'],
  ['Hamás retiene a 130 rehenes.', 'es', 'hostages'],
  ['Unos 40 camiones de ayuda entraron el lunes.', 'es', 'aid trucks'],
  ['Casi 900 heridos llegaron al hospital.', 'es', 'injured'],
  ['Plus de 31 000 personnes ont été tuées.', 'fr', 'deaths'],
  ['La frappe a fait 12 morts et 40 blessés.', 'fr', 'deaths'],
  ['Environ 1,4 million de déplacés se trouvent à Rafah.', 'fr', 'displaced'],
  ['Quelque 9 000 Palestiniens sont détenus.', 'fr', 'detained'],
  ['Au moins 7 000 disparus sous les décombres.', 'fr', 'missing'],
  ['ارتفع عدد الشهداء إلى ٣١٬٠٠٠ شهيد.', 'ar', 'deaths'],
  ['أسفر القصف عن ٤٥ قتيلا و١٢٠ جريحا.', 'ar', 'deaths'],
  ['يعيش ١٫٤ مليون نازح في رفح.', 'ar', 'displaced'],
  ['دخلت ٢٠٠ شاحنة مساعدات.', 'ar', 'aid trucks'],
  ['لا يزال ١٣٠ من الرهائن في غزة.', 'ar', 'hostages'],
  // A measure in the next clause counts nothing of this one's (after Arabic's semicolon, as after ";").
  ['يعيش في المخيم ٥٠٠ شخص؛ وقد قتل منهم كثيرون.', 'ar', 'شخص'],
  ['The camp holds 500 people; many of them were killed.', 'en', 'people'],
];

describe('measures in Spanish, French and Arabic', () => {
  it.each(measuredElsewhere)('%s', (phrase, language, thing) => {
    expect(readQuantities(phrase, 0, language)[0]?.thing).toBe(thing);
  });
});

const arabic: Case[] = [
  ['٣١٬٠٠٠ killed in Gaza.', 31000, 31000, 31000, 'deaths', 'exactly'],
  ['More than ٣٢٬٠٠٠ Palestinians were killed.', 32000, 32000, INF, 'deaths', 'more than'],
  ['About ١٠٠ hostages remain.', 100, 90, 110, 'hostages', 'about'],
  ['The UN counted ١٫٧ million displaced.', 1.7e6, 1.7e6, 1.7e6, 'displaced', 'exactly'],
  ['At least ٥٠٠ trucks are needed.', 500, 500, INF, 'aid trucks', 'at least'],
  ['Up to ٢٠ aid trucks crossed.', 20, 0, 20, 'aid trucks', 'up to'],
  ['Officials reported ۱۲۰۰ deaths.', 1200, 1200, 1200, 'deaths', 'exactly'],
  ['Nearly ٧٠٬٠٠٠ were wounded.', 70000, 63000, 70000, 'injured', 'nearly'],
  ['Between ٢٠٬٠٠٠ and ٣٠٬٠٠٠ people were killed.', 25000, 20000, 30000, 'deaths', 'range'],
  ['٪ not a figure, but ٤٥ children died.', 45, 45, 45, 'deaths', 'exactly'],
];

const context: Case[] = [
  ['Officials say 32,000 Palestinians have been killed.', 32000, 32000, 32000, 'deaths', 'exactly'],
  ['The offensive has killed over 32,000 Palestinians, officials said.', 32000, 32000, INF, 'deaths', 'more than'],
  ['Hamas took around 250 people hostage.', 250, 225, 275, 'hostages', 'about'],
  ['Israel says 1,200 people were killed on 7 October.', 1200, 1200, 1200, 'deaths', 'exactly'],
  ['In 2023, 4,000 trucks entered.', 4000, 4000, 4000, 'aid trucks', 'exactly'],
  ['By March 2024, some 31,000 had died.', 31000, 27900, 34100, 'deaths', 'about'],
  ['On 10 March, over 31,000 deaths were reported.', 31000, 31000, INF, 'deaths', 'more than'],
  ['The agency said 1.1 million people face famine.', 1.1e6, 1.1e6, 1.1e6, 'people', 'exactly'],
  ['They still hold around 100 hostages.', 100, 90, 110, 'hostages', 'about'],
  ['The WHO says 2,000 trucks are needed.', 2000, 2000, 2000, 'aid trucks', 'exactly'],
  ['Only 9 of 36 hospitals work.', 9, 9, 9, 'hospitals', 'exactly'],
  // "lives" counts the dead as a noun, not as the verb.
  ['The war has claimed more than 30,000 lives.', 30000, 30000, INF, 'deaths', 'more than'],
  ['The attack cost 12 lives.', 12, 12, 12, 'deaths', 'exactly'],
  ['Around 40% of the population lives in tents.', 40, 36, 44, 'population', 'about'],
  ['In Rafah alone, 1.4 million people shelter.', 1.4e6, 1.4e6, 1.4e6, 'people', 'exactly'],
  ['The attack, which killed 1,139, shocked Israel.', 1139, 1139, 1139, 'deaths', 'exactly'],
  ['Aid groups say 500 trucks a day entered before the war.', 500, 500, 500, 'aid trucks', 'exactly'],
  ['A total of 17,000 children are orphaned.', 17000, 17000, 17000, 'children', 'exactly'],
  ['The IDF reported 600 soldiers dead.', 600, 600, 600, 'deaths', 'exactly'],
  ['About 85 percent of Gazans are displaced.', 85, 76.5, 93.5, 'displaced', 'about'],
  ['Egypt let in 200 trucks carrying food.', 200, 200, 200, 'aid trucks', 'exactly'],
  ['US officials put the cost at $1.2 billion.', 1.2e9, 1.2e9, 1.2e9, 'dollars', 'exactly'],
  ['The blockade has cut supplies by 80%.', 80, 80, 80, 'percent', 'exactly'],
  ['At least 450,000 people have been forced to flee Rafah.', 450000, 450000, INF, 'displaced', 'at least'],
  ['More than 1 million people have been forced from their homes.', 1e6, 1e6, INF, 'displaced', 'more than'],
  ['Around 1.7 million people have been driven from their homes.', 1.7e6, 1.53e6, 1.87e6, 'displaced', 'about'],
  ['Some 9,000 Palestinians are held in Israeli jails.', 9000, 8100, 9900, 'detained', 'about'],
  ['About 3,600 Palestinians are in Israeli custody.', 3600, 3240, 3960, 'detained', 'about'],
  ['Some 10,000 people are missing under the rubble.', 10000, 9000, 11000, 'missing', 'about'],
  ['At least 28 children have died of malnutrition.', 28, 28, INF, 'deaths', 'at least'],
  ['More than 35,000 people are estimated to have been killed.', 35000, 35000, INF, 'deaths', 'more than'],
  ['At least 100 people are feared to have been killed in the strike.', 100, 100, INF, 'deaths', 'at least'],
  ['Some 4,000 Palestinians are now believed to have been detained.', 4000, 3600, 4400, 'detained', 'about'],
];

describe('the quantity reader', () => {
  const all = [...plain, ...hedged, ...words, ...vagueAndRanges, ...arabic, ...context];
  it('has at least 150 phrasings to read', () => {
    expect(all.length + negatives.length + notFigures.length + several.length).toBeGreaterThanOrEqual(150);
  });
  it.each(all)('%s', (phrase, value, low, high, thing, hedge) => {
    const q = readQuantities(phrase).find((x) => !x.text.startsWith('٪'));
    expect(q, 'a figure').toBeDefined();
    expect({ hedge: q!.hedge, thing: q!.thing, negated: q!.negated }).toEqual({ hedge, thing, negated: false });
    expect(q!.value).toBeCloseTo(value, 2);
    expect(q!.low).toBeCloseTo(low, 2);
    if (high === null) expect(q!.high).toBeNull();
    else expect(q!.high).toBeCloseTo(high, 2);
  });
});

const negatives: Array<[string, number, string]> = [
  ['The toll was not 200,000, as claimed.', 200000, 'deaths'],
  ['It was never 5,000 deaths.', 5000, 'deaths'],
  ['They counted 300 rather than 3,000 trucks.', 3000, 'aid trucks'],
  ['The figure is not 40% of the population.', 40, 'population'],
  ['Officials said it wasn\'t 1,000 hostages.', 1000, 'hostages'],
  ['There were not 2 million displaced.', 2e6, 'displaced'],
  ['It is 12,000 dead, not 20,000.', 20000, 'deaths'],
  ['The ministry said not 500 but 50 trucks entered.', 500, 'aid trucks'],
  ['About 300 people died, not the 500 initially reported.', 500, 'deaths'],
  ['It is not true that 200,000 people have fled.', 200000, 'displaced'],
  ['The army denied that 500 people were killed in the blast.', 500, 'deaths'],
];

const separators: Array<[string, number, string]> = [
  ['About 34 000 people have been killed.', 34000, 'deaths'],
  ['About 34\u00A0000 people have been killed.', 34000, 'deaths'],
  ['About 34\u2009000 people have been killed.', 34000, 'deaths'],
  ['About 34\u202F000 people have been killed.', 34000, 'deaths'],
  ['Some 1 400 000 people have fled.', 1.4e6, 'displaced'],
  ['About 34.000 people have been killed.', 34000, 'deaths'],
  ['The army says 1.400.000 Palestinians are in Rafah.', 1.4e6, 'palestinians'],
  ['At least 12.500 trucks are needed.', 12500, 'aid trucks'],
  // A decimal point all the same where the number is not a count.
  ['The world must limit warming to 1.5 degrees.', 1.5, 'degrees'],
  ['The shekel traded at 3.725 against the dollar.', 3.725, 'other'],
  ['Growth was 2.125% last year.', 2.125, 'percent'],
  ['On May 5 200 people were killed.', 200, 'deaths'],
];

describe('thousands separators', () => {
  it.each(separators)('%s', (phrase, value, thing) => {
    expect(readQuantities(phrase).map((q) => [q.value, q.thing])).toEqual([[value, thing]]);
  });
});

describe('negated figures', () => {
  it.each(negatives)('%s', (phrase, value, thing) => {
    const q = readQuantities(phrase).find((x) => x.value === value);
    expect(q).toBeDefined();
    expect({ negated: q!.negated, thing: q!.thing }).toEqual({ negated: true, thing });
  });
});

const notFigures: string[] = [
  'The attack came on 7 October.',
  'In 2024 the war went on.',
  'The vote passed 14-0.',
  'They met at 3 p.m. on Monday.',
  'It was the 21st day of the siege.',
  // An ordinal before its noun: no share.
  'He won a third term in office.',
  'A third round of talks began on Monday.',
  'It was a fifth attempt to reach the hospital.',
  'No one was hurt.',
  'One of the leaders spoke.',
  'The meeting on 10 March was cancelled.',
  'Since 1948 the dispute has continued.',
  'She arrived at 10:30 in the morning.',
  'A 13-year-old boy was killed in the strike.',
  'The boy, 13 years old, was killed.',
  'A six-month-old baby died of hunger.',
  'The boy, 13, was killed.',
  'Mohammed Ahmed, 32, said his house was destroyed.',
  'A girl aged 6 was among the dead.',
  'The 2023-24 budget was cut.',
  'It was the third time this week.',
  'Exports fell in the first half of the year.',
  'Her half-brother was detained.',
  'The Security Council adopted Resolution 2728.',
  'The council passed resolution 2728 on Monday.',
  'Under Article 51 of the UN Charter, states may defend themselves.',
  'Protesters blocked Route 60.',
  'The US sent F-16 jets.',
  'Covid-19 spread fast.',
  'He lives at No. 10 Downing Street.',
  'The G7 and G20 met.',
  'Leaders gathered at COP28.',
  'He is in his 70s.',
  "Unrest grew in the '80s.",
  'She has a half-sister.',
  // Names with a number, telephone numbers, web addresses, notes' marks, list numbers, dates in Korean and Chinese.
  'The new console, the Orbit 720 from Vantor, sold out.',
  'He starred in Storm Rider 3.',
  // A capitalised word before the number, or one in the singular after it, makes it a name.
  'Many Windows 10 users were told to update.',
  'Apollo 11 landed on the moon.',
  'A Boeing 737 crashed on landing.',
  'He won his first Formula 1 race.',
  'He bought an iPhone 5 last year.',
  'You replace it every year—iPhone 5, anyone?',
  'TextNode 2 - The editor is slow.',
  'She wrote jokes for 30 Rock.',
  'The 404 Podcast is on today.',
  'He lives at 10 Downing Street.',
  // A year in two digits, a person's age, a list's number, a size.
  "In '93 we passed the bill.",
  "The law passed in '84.",
  "Yes, she says, she's 38.",
  'I hired him when he was 15.',
  'I was 19 or 20 when I enlisted.',
  'He died at the age of 53.',
  'Younger adults 18 to 24 years old watch less TV.',
  'The survey asked adults aged 18 to 24.',
  'Number two, we will cut taxes.',
  'The guide now fills a 16x9 screen.',
  'The G7/G20 summit opened.',
  'COVID-19 cases fell in May.',
  'The Title IX case was heard.',
  'Listen to episode 41 of the show.',
  'Passcode: 44172290',
  'The firm shipped version 2.4 of its app.',
  'She was ranked #1 in the league.',
  'Call the desk at 555-301-7788 for details.',
  'Dial-in: +44 20 7946 0321 from abroad.',
  'The full text is at https://example.org/news/20231107/item.',
  'In hindsight the call was 20/20.',
  'The treatment fails in most cases.3,4 Doctors agree.',
  '1 · 2 · 3 · 4',
  '12.',
  '행사는 5월 16일에 열렸다.',
  '会议定于11日举行。',
  'Ella tenía miedo.',
  // Dates chrono leaves unsure of, lengths of time with a half, ages.
  'On the wet morning of Feb. 9, 1951, the mill closed.',
  'The law passed a year and a half ago.',
  'She has taught for more than half a century.',
  'The drive takes about a half hour.',
  'The founder, now 47, left the firm.',
  'The board wanted Ruiz, then 31, to resign.',
  'He had just turned 19.',
  // Older years, notes' marks in brackets, names of technologies, contents lines, votes and ratios.
  'The guild was founded in 1642.',
  '[3] Critics praised the film.',
  'The phones run on 5G networks.',
  'Films in 3D drew crowds.',
  '2.1 Early life',
  'The board voted 7 to 1 to approve it.',
  'The vote went 18 to 1.',
  'Debt reached as high as 30 to 1.',
  'Leverage increased from 18 to 1, then to 25 to 1.',
  'See the filings (Commission File No. 001-33500) for details.',
  'It amounts to a 40-to-1 ratio.',
  'Un hombre de 58 años fue detenido.',
  'Une femme âgée de 71 ans a témoigné.',
];

describe('what is not a figure', () => {
  it.each(notFigures)('%s', (phrase) => {
    expect(readQuantities(phrase).map((q) => q.text)).toEqual([]);
  });
});

// A capital beside a number that is still a count: a place, a length, a scale word, a name before the plural counted.
const countsBesideCapitals: Array<[string, string[]]> = [
  ['Here we have Cuba 90 miles from our shores.', ['90']],
  ['The plan gets America 12 million new jobs.', ['12 million']],
  ['9 Nobel prize winners backed the plan.', ['9']],
  ['It was endorsed by 21 Congressional Medal of Honor recipients.', ['21']],
  ['The debt is 1.3 trillion Mr. Vice President.', ['1.3 trillion']],
];
describe('counts beside a capitalised word', () => {
  it.each(countsBesideCapitals)('%s', (phrase, figures) => {
    expect(readQuantities(phrase).map((q) => q.text)).toEqual(figures);
  });
});

const several: Array<[string, Array<[number, string]>]> = [
  ['12 were wounded and 3 killed.', [[12, 'injured'], [3, 'deaths']]],
  ['It killed 1,200 and took 250 hostages.', [[1200, 'deaths'], [250, 'hostages']]],
  ['Of 500 trucks needed, only 120 trucks entered.', [[500, 'aid trucks'], [120, 'aid trucks']]],
  ['Hundreds died, though fewer than 1,000 deaths were confirmed.', [[200, 'deaths'], [1000, 'deaths']]],
  ['The strike killed 12 in 2 buildings.', [[12, 'deaths'], [2, 'buildings']]],
  // A word after a preposition is not what the figure counts.
  ['The number rose to 200 in March.', [[200, 'other']]],
  ['Of the 36 hospitals, 10 still work.', [[36, 'hospitals'], [10, 'hospitals']]],
  ['At least 27 people were killed, bringing the total to 34,622.', [[27, 'deaths'], [34622, 'deaths']]],
  ['More than 200 aid workers, including 190 UN staff, have been killed.', [[200, 'deaths'], [190, 'deaths']]],
  ['Some 250 aid workers are in Gaza.', [[250, 'aid workers']]],
  ['The shekel traded at 3.725 against the dollar.', [[3.725, 'other']]],
  ['The strike killed 12, 5 of them children.', [[12, 'deaths'], [5, 'deaths']]],
  ['In the north, 30, including children, were killed.', [[30, 'deaths']]],
  ['The number of trucks fell to 1,200 in April, from 4,000 in March.', [[1200, 'aid trucks'], [4000, 'aid trucks']]],
  ['The army said the blast killed not 500 but 50 people.', [[500, 'deaths'], [50, 'deaths']]],
  ['Zero trucks entered on Sunday.', [[0, 'aid trucks']]],
  ['The toll went from 31,000 dead on 10 March to 32,000 on 19 March.', [[31000, 'deaths'], [32000, 'deaths']]],
  ['Over 30,000 dead and 70,000 injured, the ministry says.', [[30000, 'deaths'], [70000, 'injured']]],
  // What is said after an aside counts the figure and the aside's.
  ['Nearly 1.9 million people, or about 85% of the population, are displaced.', [[1.9e6, 'displaced'], [85, 'displaced']]],
  ['The UN says 1.7 million people, or 75 percent of the population, have been displaced.', [[1.7e6, 'displaced'], [75, 'displaced']]],
  ['About 2.3 million people, or 100% of the population, face famine.', [[2.3e6, 'people'], [100, 'population']]],
  ["Around 80% of Gaza's 2.3 million people face famine.", [[80, 'people'], [2.3e6, 'people']]],
  // The measure of "X% of N people are displaced" is the share's; N is the whole.
  ["The UN says 80% of Gaza's 2.3 million people are displaced.", [[80, 'displaced'], [2.3e6, 'people']]],
  ['Half of the 1.2 million people in Rafah have fled.', [[0.5, 'displaced'], [1.2e6, 'people']]],
  // A number hyphened to its unit says how long or how big, not how many were killed.
  ['The 15-month war has killed more than 46,000 people.', [[15, 'month'], [46000, 'deaths']]],
  ['A five-day truce let 200 trucks in.', [[5, 'day'], [200, 'aid trucks']]],
  ['An 18-storey tower fell, killing 40.', [[18, 'storey'], [40, 'deaths']]],
  ['A 40-truck convoy was shot at.', [[40, 'aid trucks']]],
  ['The US paused a shipment of 1,800 2,000-pound bombs.', [[1800, 'bombs'], [2000, 'pound']]],
  ['The shipment included 1,700 500-pound bombs.', [[1700, 'bombs'], [500, 'pound']]],
  // A change from one figure to another states both; it is no range.
  ['The number of trucks rose from 100 to 150 a day.', [[100, 'aid trucks'], [150, 'aid trucks']]],
  ['Deaths climbed from 20,000 to 30,000 in two months.', [[20000, 'deaths'], [30000, 'deaths']]],
  ['The number of convoys fell from 5 to 1 a week.', [[5, 'aid trucks'], [1, 'aid trucks']]],
  // Both sides of a change count one thing: the noun after the second, else what the change is of.
  ['The government cut the number of ministries from 18 to 1.', [[18, 'ministries'], [1, 'ministries']]],
  ['The council raised the number of wards from 12 to 18.', [[12, 'wards'], [18, 'wards']]],
  ['Ministries were cut from 18 to 12.', [[18, 'ministries'], [12, 'ministries']]],
  ['The vote went from 18 to 1.', [[18, 'vote'], [1, 'vote']]],
  ['But we went from 2,200 to 500.', [[2200, 'other'], [500, 'other']]],
  ['The army expanded from 12 to 18 brigades in a year.', [[12, 'brigades'], [18, 'brigades']]],
  ['The town grew from 12,000 to 18,000 people.', [[12000, 'people'], [18000, 'people']]],
  ['About 40 families—most of them farmers—left the valley.', [[40, 'families']]],
  // A capitalised word beside a number that is no name: a place after a preposition, a day, a people, a title.
  ['In Gaza 300 people died.', [[300, 'deaths']]],
  ['Officials said Tuesday 30 people died.', [[30, 'deaths']]],
  ['Another 50 died.', [[50, 'deaths']]],
  ['The strike killed 5 Israeli civilians and 300 Hamas fighters.', [[5, 'deaths'], [300, 'fighters']]],
  ['Last Month, 500 Million People Used Facebook On The Same Day', [[5e8, 'people']]],
  // A figure with no noun of its own counts nothing from a figure after a preposition; a year or an age is read only where no count follows.
  ['It sold about 2 million in its first 12 months.', [[2e6, 'other'], [12, 'months']]],
  ['32 million people were on food stamps; 47 million on food stamps today.', [[32e6, 'people'], [47e6, 'people']]],
  ["'20 people died,' he said.", [[20, 'deaths']]],
  ['Well, we are $4 trillion in debt.', [[4e12, 'dollars']]],
  ['A girl aged 6 and 300 other people were evacuated.', [[300, 'displaced']]],
  ['The town had 1500 homes before the war.', [[1500, 'homes']]],
];

describe('several figures in one sentence', () => {
  it.each(several)('%s', (phrase, expected) => {
    expect(readQuantities(phrase).map((q) => [q.value, q.thing])).toEqual(expected);
  });
});

// A part of the count before it, or the same count compared, counts what that one does.
const parts: Array<[string, Array<[number, string, string | null]>]> = [
  ['The war has killed at least 35,000 people, including more than 14,000 children.', [[35000, 'deaths', null], [14000, 'deaths', 'children']]],
  ['The war has killed 35,000 people, among them 14,500 children and 9,500 women.', [[35000, 'deaths', null], [14500, 'deaths', 'children'], [9500, 'deaths', 'women']]],
  ['The toll includes 14,500 children and 9,500 women.', [[14500, 'deaths', 'children'], [9500, 'deaths', 'women']]],
  ['The strike killed 20 people, 12 of them children.', [[20, 'deaths', null], [12, 'deaths', 'children']]],
  ['Around 250 people were taken hostage, of whom 130 remain in Gaza.', [[250, 'hostages', null], [130, 'hostages', null]]],
  ['Only 5 trucks a day are entering, down from 500 before the war.', [[5, 'aid trucks', null], [500, 'aid trucks', null]]],
  ['The number of trucks dropped to 100 a day from 500 before the war.', [[100, 'aid trucks', null], [500, 'aid trucks', null]]],
  ['The ministry counted 300 deaths, from 50 hospitals.', [[300, 'deaths', null], [50, 'hospitals', null]]],
  ['Of 1.1 million children, 13,000 were killed.', [[1.1e6, 'children', 'children'], [13000, 'deaths', null]]],
];

describe('parts of a count and counts compared', () => {
  it.each(parts)('%s', (phrase, expected) => {
    expect(readQuantities(phrase).map((q) => [q.value, q.thing, q.who])).toEqual(expected);
  });
});

// A dated event's own count ("the 7 October attack killed 1,200") is not the war's running toll.
const events: Array<[string, Array<string | null>]> = [
  ['It was launched in response to Hamas’ 7 October attack on Israel, which killed some 1,200 people.', ['7 October']],
  ['Hamas killed around 1,200 people in the Oct. 7 attack and took some 250 hostages.', ['7 October', '7 October']],
  ['About 1,200 people were killed in the attack of October 7, 2023.', ['7 October']],
  ['The October 7th attacks killed 1,139 people.', ['7 October']],
  ['Since the October 7 attack, 35,000 Palestinians have died.', [null]],
  ['On 10 March, over 31,000 deaths were reported.', [null]],
];

describe('figures of a dated event', () => {
  it.each(events)('%s', (phrase, expected) => {
    expect(readQuantities(phrase).map((q) => q.event)).toEqual(expected);
  });
});

describe('offsets and who is counted', () => {
  it('gives offsets into the text it was given, from the hedge to the unit', () => {
    const sentence = 'Israel’s offensive has killed over 32,000 Palestinians.';
    const [q] = readQuantities(sentence, 100);
    expect(q).toMatchObject({ start: 100 + sentence.indexOf('over'), text: 'over 32,000', who: 'Palestinians' });
    expect(q!.end - q!.start).toBe('over 32,000'.length);
  });
  // Who is counted, not who did it or who said so.
  it.each([
    ['Israeli strikes killed 35 people overnight.', [null]],
    ['An Israeli airstrike on a school killed at least 27 people, including 5 children.', [null, 'children']],
    ['The Israeli military said 20 militants were killed.', ['fighters']],
    ['Palestinian health officials said 42 people were killed.', [null]],
    ['Israeli troops killed 12 people in Jenin.', [null]],
    ['The Palestinian death toll has passed 35,000.', ['Palestinians']],
    ['Israeli hostages numbered 240.', ['Israelis']],
    ['At least 35,034 Palestinians have been killed and 78,755 others wounded.', ['Palestinians', 'Palestinians']],
    ['At least 35,173 Palestinians have been killed and 79,061 wounded in Israeli attacks.', ['Palestinians', 'Palestinians']],
    ['The strike wounded 40 people in Israeli-controlled territory.', [null]],
    ['Israel says it has killed 14,000 fighters.', ['fighters']],
    ['The army said 20 militants were killed.', ['fighters']],
    ['Some 35,000 Palestinians have been killed and 130 hostages remain in Gaza.', ['Palestinians', null]],
  ] as const)('%s', (phrase, who) => {
    expect(readQuantities(phrase).map((q) => q.who)).toEqual(who);
  });
  it('gives money its currency, sign or word', () => {
    const units = ['USD 5 million', 'EUR 40m', 'NIS 250 billion', '250 billion shekels', '£3.5 million', 'Rs 500 crore'].map((t) => readQuantities(`It cost ${t}.`)[0]?.unit);
    expect(units).toEqual(['USD', 'EUR', 'ILS', 'ILS', 'GBP', 'INR']);
  });
  it('reads the Arabic per cent sign and the scale words of Arabic text after Eastern Arabic digits', () => {
    expect(readQuantities('About ٧٠٪ of homes were destroyed.')[0]).toMatchObject({ text: 'About ٧٠٪', value: 70, unit: 'percent', thing: 'homes' });
    expect(readQuantities('Nearly ٧٠٫٥٪ of the dead were women.')[0]).toMatchObject({ value: 70.5, unit: 'percent', thing: 'deaths' });
    expect(readQuantities('قتل ٣٥ ألف فلسطيني').map((q) => [q.text, q.value])).toEqual([['٣٥ ألف', 35000]]);
    expect(readQuantities('نزح ١٫٧ مليون شخص').map((q) => [q.text, q.value])).toEqual([['١٫٧ مليون', 1.7e6]]);
    expect(readQuantities('خسائر ٢ مليار دولار').map((q) => q.value)).toEqual([2e9]);
  });
  it('keeps Eastern Arabic digits as written in the text while reading their value', () => {
    const [q] = readQuantities('قتل ٣١٬٠٠٠ killed');
    expect(q).toMatchObject({ text: '٣١٬٠٠٠', value: 31000 });
  });
});

describe('rates', () => {
  it.each([
    ['Only 5 trucks a day entered Gaza.', 'day', null],
    ['500 aid trucks per day entered before the war.', 'day', 'before the war'],
    ['About 100 trucks enter Gaza daily.', 'day', null],
    ['Last month, 300 trucks a week crossed.', 'week', 'Last month'],
    ['It costs 200 dollars a month.', 'month', null],
    ['The strike killed 30 people in a day.', null, null],
    ['Israel freed 30 prisoners a week ago.', null, null],
  ] as const)('%s: per %s, period %s', (phrase, per, period) => {
    expect(readQuantities(phrase).map((q) => [q.per, q.period])).toEqual([[per, period]]);
  });
});


describe('money and ranges in French and Spanish', () => {
  it.each([
    ["L'État a vendu ses parts pour 448 millions d'euros.", 'fr', [["448 millions d'euros", 448e6, 448e6, 'EUR', 'euros']]],
    ['Le projet coûte 2 milliards de dollars.', 'fr', [['2 milliards de dollars', 2e9, 2e9, 'USD', 'dollars']]],
    ["Le journal vaudrait entre 50 millions et 100 millions d'euros.", 'fr', [["entre 50 millions et 100 millions d'euros", 50e6, 100e6, 'EUR', 'euros']]],
    ['Costó 300 millones de dólares.', 'es', [['300 millones de dólares', 300e6, 300e6, 'USD', 'dollars']]],
    ['El Gobierno recortó 5.000 millones de euros en sanidad.', 'es', [['5.000 millones de euros', 5e9, 5e9, 'EUR', 'euros']]],
    ['Las comunidades esperan entre 43 y 58 días.', 'es', [['entre 43 y 58', 43, 58, null, 'días']]],
    ['Esperan 43 y 58 días más, respectivamente.', 'es', [['43', 43, 43, null, 'días'], ['58', 58, 58, null, 'días']]],
    ['Solo funcionan 9 de los 36 hospitales.', 'es', [['9', 9, 9, null, 'hospitales'], ['36', 36, 36, null, 'hospitales']]],
  ] as const)('%s (%s)', (phrase, language, expected) => {
    expect(readQuantities(phrase, 0, language).map((q) => [q.text, q.low, q.high, q.unit, q.thing])).toEqual(expected);
  });
});

describe("the article's language", () => {
  it.each([
    ['Unas 27.662 personas esperaban una operación.', 'es', [27662]],
    ['La tasa pasó del 11,71% al 18,17% en un año.', 'es', [11.71, 18.17]],
    ['Los recortes superan los 5.000 millones.', 'es', [5e9]],
    ["L'État a vendu 3,12 % du capital pour 448 millions d'euros.", 'fr', [3.12, 448e6]],
    ['Le portefeuille rapporte 4,5 milliards par an.', 'fr', [4.5e9]],
    ['Nació el 5 de enero en Bilbao.', 'es', []],
    ['Ils se sont vus le 16 novembre à Lyon.', 'fr', []],
    // A capital names nothing in German, which capitalises every noun; in Spanish a place after a preposition is no name.
    ['Laut Behörden 300 Menschen wurden evakuiert.', 'de', [300]],
    ['En Gaza 300 personas murieron.', 'es', [300]],
    // English keeps its separators.
    ['The shekel traded at 3.725 against the dollar, down 1,200 points.', 'en', [3.725, 1200]],
  ])('%s (%s)', (phrase, language, values) => {
    expect(readQuantities(phrase, 0, language).map((q) => q.value)).toEqual(values);
  });
});
