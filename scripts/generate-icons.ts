// Draws the extension's icon (32x32) and logo (128x128) as real PNGs: a stopwatch in a rounded
// square, the SLA clock. No image library: RGBA pixels, zlib deflate and CRC32 from node:zlib.
// Run: node --import tsx scripts/generate-icons.ts  (writes app/img/icon.png and app/img/logo.png)
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { crc32, deflateSync } from 'node:zlib'

type Rgba = [number, number, number, number]

const BACKGROUND: Rgba = [0x0b, 0x4f, 0x8a, 255] // deep blue
const FACE: Rgba = [255, 255, 255, 255]
const HAND: Rgba = [0x0b, 0x4f, 0x8a, 255]
const ACCENT: Rgba = [0xf5, 0xa6, 0x23, 255] // amber: the due segment

/** coverage of a pixel by a shape, by 4x4 supersampling */
function cover(inside: (x: number, y: number) => boolean, px: number, py: number): number {
  let n = 0
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(px + (i + 0.5) / 4, py + (j + 0.5) / 4)) n++
  return n / 16
}

function blend(dst: Rgba, src: Rgba, a: number): Rgba {
  const sa = (src[3] / 255) * a
  const da = dst[3] / 255
  const oa = sa + da * (1 - sa)
  if (oa === 0) return [0, 0, 0, 0]
  const c = (k: number) => Math.round((src[k] * sa + dst[k] * da * (1 - sa)) / oa)
  return [c(0), c(1), c(2), Math.round(oa * 255)]
}

export function drawStopwatch(size: number): Buffer {
  const s = size
  const pixels: Rgba[] = Array.from({ length: s * s }, () => [0, 0, 0, 0] as Rgba)
  const r = s * 0.18 // corner radius of the tile
  const cx = s / 2
  const cy = s * 0.55
  const R = s * 0.33
  const tile = (x: number, y: number) => {
    const qx = Math.max(r - x, 0, x - (s - r))
    const qy = Math.max(r - y, 0, y - (s - r))
    return qx * qx + qy * qy <= r * r
  }
  const ring = (x: number, y: number) => Math.hypot(x - cx, y - cy) <= R
  const button = (x: number, y: number) => Math.abs(x - cx) <= s * 0.06 && y >= cy - R - s * 0.12 && y <= cy - R + s * 0.02
  const wedge = (x: number, y: number) => {
    const d = Math.hypot(x - cx, y - cy)
    if (d > R * 0.82 || d < R * 0.2) return false
    const angle = Math.atan2(x - cx, -(y - cy)) // 0 at 12 o'clock, clockwise
    return angle >= 0 && angle <= Math.PI / 2.2
  }
  const segment = (ax: number, ay: number, bx: number, by: number, w: number) => (x: number, y: number) => {
    const vx = bx - ax
    const vy = by - ay
    const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)))
    return Math.hypot(x - (ax + t * vx), y - (ay + t * vy)) <= w
  }
  const hand = segment(cx, cy, cx + R * 0.55, cy - R * 0.55, Math.max(0.9, s * 0.035))
  const hub = (x: number, y: number) => Math.hypot(x - cx, y - cy) <= Math.max(1.2, s * 0.05)
  const layers: [(x: number, y: number) => boolean, Rgba][] = [
    [tile, BACKGROUND],
    [button, FACE],
    [ring, FACE],
    [wedge, ACCENT],
    [hand, HAND],
    [hub, HAND],
  ]
  for (let y = 0; y < s; y++) {
    for (let x = 0; x < s; x++) {
      let p = pixels[y * s + x]
      for (const [shape, color] of layers) {
        const a = cover(shape, x, y)
        if (a > 0) p = blend(p, color, a)
      }
      pixels[y * s + x] = p
    }
  }
  return encodePng(s, s, pixels)
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'ascii')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0)
  return Buffer.concat([head, data, crc])
}

export function encodePng(width: number, height: number, pixels: readonly Rgba[]): Buffer {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8 // bit depth
  ihdr[9] = 6 // RGBA
  const raw = Buffer.alloc(height * (1 + width * 4))
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 4)
    raw[row] = 0 // filter: none
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = pixels[y * width + x]
      raw.set([r, g, b, a], row + 1 + x * 4)
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..')
  const out = join(root, 'app', 'img')
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'icon.png'), drawStopwatch(32))
  writeFileSync(join(out, 'logo.png'), drawStopwatch(128))
  console.log(`wrote ${join('app', 'img', 'icon.png')} (32x32) and ${join('app', 'img', 'logo.png')} (128x128)`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main()
