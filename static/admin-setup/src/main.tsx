import { mountSurface } from '@shared/bootstrap';
import { App } from './app';

mountSurface(App);
