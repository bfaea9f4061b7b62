// Articles in ten languages, each with its date written out the way that language's press
// writes it, a byline and a source line: all three leave the body and land in the metadata.
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../../electron/core/import/index.js';

interface Dated {
  language: string;
  title: string;
  date: string;
  byline: string;
  author: string;
  first: string;
  last: string;
  source: string;
  outlet: string;
}

const ARTICLES: Dated[] = [
  {
    language: 'en', title: 'Harbour bridge to reopen in spring', date: 'Published: Tuesday 12 March 2024, 10:30 GMT',
    byline: 'By Jane Doe', author: 'Jane Doe',
    first: 'The city council approved on Tuesday a plan to repair the old harbour bridge, closed since the autumn storms.',
    last: 'Residents of the coastal districts say the detour takes almost an hour.',
    source: 'Source: Harbour Gazette', outlet: 'Harbour Gazette',
  },
  {
    language: 'fr', title: 'Le pont du port rouvrira au printemps', date: 'Publié le 12 mars 2024 à 10h30',
    byline: 'Par Jeanne Dupont', author: 'Jeanne Dupont',
    first: 'Le conseil municipal a approuvé mardi le plan de réparation du vieux pont du port, fermé depuis les tempêtes d’automne.',
    last: 'Les habitants des quartiers côtiers se plaignent d’un détour de près d’une heure.',
    source: 'Source : La Gazette du Port', outlet: 'La Gazette du Port',
  },
  {
    language: 'de', title: 'Hafenbrücke soll im Frühjahr wieder öffnen', date: 'Veröffentlicht am 12. März 2024, 10:30 Uhr',
    byline: 'Von Hans Müller', author: 'Hans Müller',
    first: 'Der Stadtrat hat am Dienstag einen Plan zur Reparatur der alten Hafenbrücke gebilligt, die seit den Herbststürmen gesperrt ist.',
    last: 'Anwohner der Küstenviertel klagen, dass der Umweg fast eine Stunde dauert.',
    source: 'Quelle: Hafenblatt', outlet: 'Hafenblatt',
  },
  {
    language: 'es', title: 'El puente del puerto reabrirá en primavera', date: 'Publicado el 12 de marzo de 2024',
    byline: 'Por María García', author: 'María García',
    first: 'El ayuntamiento aprobó el martes un plan para reparar el viejo puente del puerto, cerrado desde las tormentas de otoño.',
    last: 'Los vecinos de los barrios costeros se quejan de que el desvío dura casi una hora.',
    source: 'Fuente: Diario del Puerto', outlet: 'Diario del Puerto',
  },
  {
    language: 'pt', title: 'Ponte do porto vai reabrir na primavera', date: 'Publicado em 12 de março de 2024',
    byline: 'Por João da Silva', author: 'João da Silva',
    first: 'A câmara municipal aprovou na terça-feira um plano para reparar a velha ponte do porto, fechada desde as tempestades de outono.',
    last: 'Os moradores dos bairros costeiros queixam-se de que o desvio demora quase uma hora.',
    source: 'Fonte: Jornal do Porto', outlet: 'Jornal do Porto',
  },
  {
    language: 'it', title: 'Il ponte del porto riaprirà in primavera', date: 'Pubblicato il 12 marzo 2024 alle 10:30',
    byline: 'A cura di Giulia Rossi', author: 'Giulia Rossi',
    first: 'Il consiglio comunale ha approvato martedì un piano per riparare il vecchio ponte del porto, chiuso dopo le tempeste d’autunno.',
    last: 'Gli abitanti dei quartieri costieri lamentano che la deviazione richiede quasi un’ora.',
    source: 'Fonte: Gazzetta del Porto', outlet: 'Gazzetta del Porto',
  },
  {
    language: 'nl', title: 'Havenbrug gaat in het voorjaar weer open', date: 'Gepubliceerd op 12 maart 2024',
    byline: 'Door Pieter de Vries', author: 'Pieter de Vries',
    first: 'De gemeenteraad heeft dinsdag een plan goedgekeurd om de oude havenbrug te herstellen, die sinds de herfststormen gesloten is.',
    last: 'Bewoners van de kustwijken klagen dat de omweg bijna een uur duurt.',
    source: 'Bron: Havenkrant', outlet: 'Havenkrant',
  },
  {
    language: 'ru', title: 'Мост в гавани откроют весной', date: 'Опубликовано 12 марта 2024 года',
    byline: 'Автор: Иван Петров', author: 'Иван Петров',
    first: 'Городской совет во вторник одобрил план ремонта старого моста через гавань, закрытого после осенних штормов.',
    last: 'Жители прибрежных районов жалуются, что объезд занимает почти час.',
    source: 'Источник: Портовые новости', outlet: 'Портовые новости',
  },
  {
    language: 'ja', title: '港の橋、春に再開へ', date: '2024年3月12日 10:30 公開',
    byline: '記者 山田太郎', author: '山田太郎',
    first: '市議会は火曜日、秋の嵐の後に閉鎖されていた港の古い橋を修理する計画を承認した。',
    last: '沿岸地区の住民は、迂回に一時間近くかかると訴えている。',
    source: '出典：港湾新聞', outlet: '港湾新聞',
  },
  {
    language: 'zh', title: '港口大桥将于春季重新开放', date: '发布时间：2024年3月12日',
    byline: '记者 王小明', author: '王小明',
    first: '市议会周二批准了修复港口旧桥的计划，这座桥在秋季风暴后一直处于关闭状态。',
    last: '沿海地区的居民抱怨绕行需要将近一个小时。',
    source: '来源：港口日报', outlet: '港口日报',
  },
  {
    // Arabic papers name a month twice, Levantine and Egyptian ("آذار/مارس"), or once either way.
    language: 'ar', title: 'إعادة فتح جسر الميناء في الربيع', date: 'الثلاثاء، 12 آذار/مارس 2024، آخر تحديث 10:30 (GMT+0300)',
    byline: 'بقلم أحمد علي', author: 'أحمد علي',
    first: 'وافق المجلس البلدي يوم الثلاثاء على خطة لإصلاح جسر الميناء القديم المغلق منذ عواصف الخريف.',
    last: 'ويشكو سكان الأحياء الساحلية من أن الطريق البديل يستغرق قرابة ساعة.',
    source: 'المصدر: صحيفة الميناء', outlet: 'صحيفة الميناء',
  },
];

describe('dates, bylines and sources in eleven languages', () => {
  it.each(ARTICLES.map((a) => [a.language, a] as const))('%s: title, date, author, outlet, language, first and last paragraph', async (_, a) => {
    const article = await prepareText([a.title, a.date, a.byline, a.first, a.last, a.source].join('\n\n'));
    expect(article.title).toBe(a.title);
    expect(article.publishedAt).toBe('2024-03-12');
    expect(article.author).toBe(a.author);
    expect(article.outlet).toBe(a.outlet);
    expect(article.language).toBe(a.language);
    expect(article.blocks.map((b) => article.body.slice(b.start, b.end))).toEqual([a.first, a.last]);
  });

  it('reads a date line that gives the time first, then a dash', async () => {
    const a = await prepareText('The council voted on Monday to rebuild the quay.\n\n5:53 PM - 11 Jun 2015\n\nWork starts in April.');
    expect(a.publishedAt).toBe('2015-06-11');
    expect(a.body).toBe('The council voted on Monday to rebuild the quay.\n\nWork starts in April.');
  });

  it('leaves a sentence that merely mentions a date in the text, and takes no relative date', async () => {
    const a = await prepareText('Le conseil votera le 12 mars 2024 sur le budget du port.\n\nHier\n\nLes habitants attendent une décision depuis des mois.');
    expect(a.publishedAt).toBeNull();
    expect(a.body).toContain('Le conseil votera le 12 mars 2024 sur le budget du port.');
  });

  it.each([
    ['نُشر في 12 مارس 2024', '2024-03-12'],
    ['٥ أيلول ٢٠٢٣', '2023-09-05'],
    ['الخميس 1 كانون الثاني/يناير 2015 - 09:15', '2015-01-01'],
  ])('reads the Arabic date line “%s”', async (line, date) => {
    const a = await prepareText(`وافق المجلس البلدي على الخطة.\n\n${line}\n\nويشكو سكان الأحياء الساحلية من الطريق البديل.`);
    expect(a.publishedAt).toBe(date);
    expect(a.body).not.toContain(line);
  });

  it('leaves an Arabic sentence that mentions a date in the text', async () => {
    const a = await prepareText('سيصوت المجلس في 12 مارس 2024 على ميزانية الميناء.\n\nويشكو سكان الأحياء الساحلية من الطريق البديل.');
    expect(a.publishedAt).toBeNull();
    expect(a.body).toContain('سيصوت المجلس في 12 مارس 2024');
  });
});
