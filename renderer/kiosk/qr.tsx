/** A QR code drawn as an SVG image (no network, CSP-safe data URL). */
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';

export function QrCode(props: { value: string; label: string; size?: number; testId?: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(props.value, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then((svg) => {
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [props.value]);
  const size = props.size ?? 220;
  return src ? (
    <img
      className="qr"
      src={src}
      alt={props.label}
      width={size}
      height={size}
      data-testid={props.testId}
      data-value={props.value}
    />
  ) : (
    <div className="qr" style={{ width: size, height: size }} aria-hidden="true" />
  );
}
