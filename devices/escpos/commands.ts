// The ESC/POS commands the decoder understands, as plain data. Anything else is kept as
// `unknown` so a transcript shows exactly what a driver sent instead of silently dropping it.

export type Align = 'left' | 'center' | 'right';

export type EscPosCommand =
  | { kind: 'text'; bytes: Uint8Array }
  | { kind: 'lf' }
  | { kind: 'cr' }
  | { kind: 'ht' }
  | { kind: 'init' }
  | { kind: 'align'; align: Align }
  | { kind: 'bold'; on: boolean }
  | { kind: 'underline'; dots: number }
  | { kind: 'print-mode'; bold: boolean; doubleHeight: boolean; doubleWidth: boolean; underline: boolean }
  | { kind: 'char-size'; width: number; height: number }
  | { kind: 'code-page'; page: number }
  | { kind: 'font'; font: number }
  | { kind: 'invert'; on: boolean }
  | { kind: 'upside-down'; on: boolean }
  | { kind: 'line-spacing'; dots: number | null }
  | { kind: 'feed-lines'; lines: number }
  /** ESC J n: feeds n dots (1/203 inch on Epson heads) without printing. */
  | { kind: 'feed-dots'; dots: number }
  | { kind: 'qr-model'; model: number }
  | { kind: 'qr-module-size'; size: number }
  | { kind: 'qr-error-correction'; level: 'L' | 'M' | 'Q' | 'H' }
  | { kind: 'qr-store'; data: Uint8Array }
  | { kind: 'qr-print' }
  | { kind: 'raster'; widthBytes: number; height: number; scale: number; data: Uint8Array }
  | { kind: 'cut'; partial: boolean; feed: number }
  | { kind: 'status-request'; n: number }
  | { kind: 'paper-status-request' }
  | { kind: 'beep'; times: number; duration: number }
  | { kind: 'unknown'; bytes: Uint8Array };
