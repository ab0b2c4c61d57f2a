/** A table of a rendered report: column headings with their widths in points ('*' shares what is left), then the rows. */
export interface PdfTable {
  columns: { header: string; width: number | '*' }[];
  rows: string[][];
}

/** How a part of a snapshot appears in the rendered PDF: a heading, paragraphs, and a table when there is a list. */
export interface PdfBlock {
  heading: string;
  paragraphs: string[];
  table: PdfTable | null;
}
