import type { Unit } from '../../../common/units.js';
import { api } from '../../app/api.js';

export const fetchUnits = () => api.get<Unit[]>('/units');
