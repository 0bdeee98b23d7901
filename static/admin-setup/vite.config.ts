import { defineSurface } from '../vite.config.shared.ts';

export default defineSurface(import.meta.url);
