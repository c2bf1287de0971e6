import QRCode from 'qrcode';

/**
 * A Session ID as a standalone SVG QR code: dark modules on white with a quiet zone, whatever
 * the app's theme, because scanners expect it that way round.
 */
export function sessionIdQrSvg(sessionId: string): Promise<string> {
  return QRCode.toString(sessionId, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
