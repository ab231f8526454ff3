/** Sandboxed preload: exposes `window.dawr` (see preload-api.ts) and nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import { createDawrApi } from './preload-api.js';

contextBridge.exposeInMainWorld('dawr', createDawrApi(ipcRenderer));
