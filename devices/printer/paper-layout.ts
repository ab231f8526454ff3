// How a slip is laid out on the paper, shared by the bilingual writer and every template that uses
// it. Kept apart from the templates so the writer does not import a template that imports it (#17).

export type TicketLayoutOptions = {
  type: 'epson' | 'star';
  paperWidthMm: 80 | 58;
  mode: 'text' | 'bitmap';
  fontPath?: string;
};

export type PaperGeometry = { dots: number; chars: number; qrCell: number };

export function paperGeometry(widthMm: 80 | 58): PaperGeometry {
  // 203 dpi heads: 72 mm printable on 80 mm paper (576 dots, 48 Font A columns), 48 mm on 58 mm.
  return widthMm === 80 ? { dots: 576, chars: 48, qrCell: 6 } : { dots: 384, chars: 32, qrCell: 5 };
}
