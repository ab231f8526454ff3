/**
 * Draws the shell's installer icon, packaging/build/icon.png (512×512; electron-builder makes the
 * Windows .ico and the Linux sizes from it): the word دور in white Amiri on the apps' teal.
 * Run once after changing it: `npx tsx scripts/make-icon.ts` (needs fonts-hosny-amiri).
 */
import { createCanvas } from '@napi-rs/canvas';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { arabicFontFamily } from '../devices/fonts.js';

const SIZE = 512;
const out = join(import.meta.dirname, '..', 'packaging', 'build', 'icon.png');

const canvas = createCanvas(SIZE, SIZE);
const ctx = canvas.getContext('2d');
ctx.fillStyle = '#0f766e';
ctx.beginPath();
ctx.roundRect(16, 16, SIZE - 32, SIZE - 32, 96);
ctx.fill();
ctx.fillStyle = '#ffffff';
ctx.textAlign = 'center';
ctx.textBaseline = 'middle';
ctx.direction = 'rtl';
ctx.font = `bold 230px ${arabicFontFamily()}`;
// Amiri's em box sits high above its letters: lift the word to look centred.
ctx.fillText('دور', SIZE / 2, SIZE / 2 - 45);
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, canvas.toBuffer('image/png'));
console.log(`wrote ${out}`);
