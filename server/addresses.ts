import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';

/** This machine's IPv4 addresses on its networks (not loopback). */
export function lanAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flatMap((entries) => entries ?? [])
    .filter((entry) => entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry.address);
}

const anyHost = new Set(['0.0.0.0', '::', '']);

/** The origins other devices can open: every LAN address when listening on all interfaces, else the host itself if it is not loopback. */
export function lanOrigins(host: string, port: number): string[] {
  if (anyHost.has(host)) return lanAddresses().map((address) => `http://${address}:${port}`);
  return host === 'localhost' || host.startsWith('127.') || host === '::1' ? [] : [`http://${host}:${port}`];
}

/** The start screen: where to open the app, and a QR code of the first LAN address. */
export async function addressLines(host: string, port: number): Promise<string> {
  const local = `http://${anyHost.has(host) ? 'localhost' : host}:${port}`;
  const lan = lanOrigins(host, port);
  const lines = ['', '  P/A Map is running.', `  On this computer: ${local}`];
  for (const origin of lan) lines.push(`  On the network:   ${origin}`);
  if (lan[0]) {
    lines.push('', `  Scan to open ${lan[0]}:`);
    const qr = await QRCode.toString(lan[0], { type: 'terminal', small: true });
    lines.push(...qr.trimEnd().split('\n').map((line) => `  ${line}`));
  }
  lines.push('');
  return lines.join('\n');
}
