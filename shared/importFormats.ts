// The files imported as articles, by extension, and the type each is read as: one list for the
// core's import and the page's picker and drop zone.

export const ARTICLE_FORMATS = {
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  mdown: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  xhtml: 'text/html',
  mhtml: 'multipart/related',
  mht: 'multipart/related',
  eml: 'message/rfc822',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
} as const;

export type ArticleFormat = (typeof ARTICLE_FORMATS)[keyof typeof ARTICLE_FORMATS];

/** The extensions with their dot, as a file input's `accept` lists them. */
export const ARTICLE_EXTENSIONS = Object.keys(ARTICLE_FORMATS).map((ext) => `.${ext}`);

/** One extension a format, as messages name them: ".txt, .md, … and .odt". */
export const MAIN_EXTENSIONS = Object.entries(ARTICLE_FORMATS)
  .filter(([, type], i, all) => all.findIndex(([, first]) => first === type) === i)
  .map(([ext]) => `.${ext}`);
