/** A titled block of lines, how a snapshot appears in the rendered PDF. */
export interface PdfBlock {
  title: string;
  lines: string[];
}
