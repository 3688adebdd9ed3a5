import { useEffect, useState } from "react";
import QRCode from "qrcode";
import "./qr-code.css";

/** A link as a QR code (SVG, drawn in the browser from the link it is given; nothing is stored or sent). */
export function renderQrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/**
 * The QR code beside the link's text, so a printout works both scanned and typed. Shown only where the
 * link itself is shown: a personal link's QR code follows the link's own rule (shown once, never kept).
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void renderQrSvg(text).then((value) => {
      if (isCurrent) {
        setSvg(value);
      }
    });
    return () => {
      isCurrent = false;
    };
  }, [text]);
  return (
    <figure className="qr-code">
      <div
        className="qr-code-image"
        role="img"
        aria-label={label}
        style={{ width: 160, height: 160 }}
        // The SVG comes from the qrcode library's own drawing of the link, never from user HTML.
        dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
      />
      <figcaption className="qr-code-text">{text}</figcaption>
    </figure>
  );
}
