/**
 * Spanish (es) engine event texts: strings-events.ts's EVENT_TEXT, code for code, written from each event's
 * code and data. Imported only by strings.es.ts, so it stays in the lazily loaded Spanish chunk.
 */
import type { Widen } from './catalogue-types.js';
import { MRI_STALL_RESTART, type EVENT_TEXT, type EventFormat } from './strings-events.js';

const MODOS: Record<number, string> = { 0: 'detenido', 1: 'continuo', 2: 'flexible' };
const BOLOS: Record<number, string> = { 0: 'único', 1: 'de cebado', 2: 'puente', 3: 'del paciente' };
const RM: Record<number, string> = {
  0: 'sin efecto',
  1: 'el motor se detiene',
  2: 'las válvulas se abren',
  3: 'válvula activada por flujo',
  4: 'bomba en pausa',
};
const DENEGADO: Record<number, string> = {
  1: 'esta bomba no tiene activados los bolos del paciente',
  2: 'la bomba no está infundiendo',
  3: 'no ha pasado el tiempo de bloqueo desde el último bolo',
  4: 'se ha alcanzado el número máximo de bolos en 24 horas',
  5: 'todavía hay otro bolo en curso',
  6: 'el depósito contiene menos de un bolo',
};

const PARADA: Record<number, string> = {
  14: 'el depósito se vació',
  17: 'la batería llegó al fin de servicio',
  18: 'el motor se bloqueó',
  29: 'la válvula se cerró durante la resonancia',
  33: 'la presión ambiente supera el empuje de la bomba',
  43: 'la presión ambiente supera el empuje de la bomba y el flujo va hacia atrás',
  40: 'el fármaco ya no llega al LCR en la punta del catéter',
  20: 'el catéter está obstruido',
  22: 'el catéter está desconectado',
  37: 'se explantó la bomba y la nueva todavía no funciona',
};
const PERDIDA: Record<number, string> = {
  1: 'una masa inflamatoria en la punta del catéter',
  2: 'la punta ha salido del espacio intratecal',
  3: 'el LCR y el fármaco se escapan a lo largo del catéter',
};
const BOMBAS: Record<number, string> = {
  0: 'programable',
  1: 'de acumulador',
  2: 'de flujo constante',
  3: 'externa',
  4: 'de inyección',
};
const SIGNOS: Record<number, Record<string, string>> = {
  0: {
    'withdrawal-early':
      'Comienza la abstinencia de baclofeno: vuelve la espasticidad, picor, pulso más rápido.',
    withdrawal:
      'Abstinencia de baclofeno: espasticidad de rebote, fiebre, tensión arterial y pulso inestables, confusión.',
    'withdrawal-severe':
      'Abstinencia grave de baclofeno: fiebre alta, rigidez, somnolencia; riesgo de destrucción muscular (rabdomiólisis) y de muerte. Una urgencia.',
    oversedation: 'Signos de sobredosis de baclofeno: somnolencia, debilidad muscular.',
    overdose: 'Sobredosis de baclofeno: somnolencia profunda, respiración lenta. Una urgencia.',
  },
  1: {
    'withdrawal-early': 'Comienza la abstinencia de opioides: vuelve el dolor, inquietud, sudoración.',
    withdrawal: 'Abstinencia de opioides: dolor de rebote, agitación, sudoración, diarrea, pulso rápido.',
    'withdrawal-severe': 'Abstinencia grave de opioides: dolor intenso, vómitos, diarrea, pulso rápido.',
    oversedation: 'Sedación por opioides: somnolencia; puede seguirle una respiración lenta.',
    overdose: 'Sobredosis de opioides: sedación profunda, respiración lenta. Una urgencia.',
  },
  2: {
    'withdrawal-early': 'Comienza la abstinencia al desaparecer el efecto del fármaco tras días de uso.',
    withdrawal: 'Abstinencia: los síntomas tratados reaparecen, con agitación y pulso rápido.',
    'withdrawal-severe': 'Abstinencia grave: una urgencia.',
    oversedation: 'Sedación: somnolencia.',
    overdose: 'Sobredosis: sedación profunda, respiración lenta. Una urgencia.',
  },
};
type Datos = Readonly<Record<string, number | undefined>>;
const signos = (d: Datos, code: string): string => (SIGNOS[d.drugClass ?? 2] ?? SIGNOS[2])[code];
const lapso = (h: number | undefined, f: EventFormat): string =>
  (h ?? 0) < 48 ? `${f.n(h, 2)} h` : `${f.n((h ?? 0) / 24, 2)} días`;

export const ES_EVENTS: Widen<typeof EVENT_TEXT> = {
  modes: MODOS,
  bolusKinds: BOLOS,
  mriBehaviours: RM,
  denyReasons: DENEGADO,
  stopCauses: PARADA,
  tipLossCauses: PERDIDA,
  deviceKinds: BOMBAS,
  signs: SIGNOS,
  text: {
    'program-change': (d, f) =>
      `Programa fijado en ${MODOS[d.mode ?? 0] ?? MODOS[0]} (${f.n(d.rateUlPerHour)} µL/h ahora).`,
    'bolus-start': (d, f) =>
      `Comienza un bolo ${BOLOS[d.kind ?? 0] ?? BOLOS[0]} de ${f.vol(d.volumeUl)} en ${f.n(d.durationHours)} h.`,
    'bolus-end': (d) => `Terminó el bolo ${BOLOS[d.kind ?? 0] ?? BOLOS[0]}.`,
    'bolus-cancelled': () => 'Un bolo en curso fue sustituido por otro nuevo.',
    'patient-bolus-accepted': (d, f) => `Bolo del paciente de ${f.vol(d.volumeUl)} aceptado.`,
    'patient-bolus-denied': (d, f) =>
      `Bolo del paciente denegado: ${DENEGADO[d.reasonCode ?? 1] ?? DENEGADO[1]}${d.reasonCode === 3 ? ` (faltan ${f.n(d.waitHours)} h)` : ''}.`,
    refill: (d, f) =>
      `Recarga: ${f.vol(d.aspiratedUl)} aspirados (la bomba calculaba ${f.vol(d.expectedUl)}), ${f.vol(d.volumeUl)} inyectados.`,
    'volume-discrepancy': (d, f) =>
      `Discrepancia de volumen en la recarga: se aspiraron ${f.vol(d.aspiratedUl)} pero se esperaban ${f.vol(d.expectedUl)}. Descarta una inyección en el bolsillo o un problema de la bomba.`,
    'pocket-fill': (d, f) =>
      `Inyección en el bolsillo: ${f.vol(d.volumeUl)} (${f.mass(d.massUg)}) fueron al bolsillo subcutáneo, una dosis sistémica.`,
    'next-refill': (d, f) => `Próxima recarga prevista: ${f.t(d.dueAtHours)}.`,
    'refill-overdue': (d, f) => `La recarga prevista para ${f.t(d.dueAtHours)} no se ha hecho.`,
    'missed-refill': () => 'Se omitió una recarga programada.',
    'low-reservoir': (d, f) => `Alarma de depósito bajo: la bomba calcula que quedan ${f.vol(d.estimateUl)}.`,
    'empty-reservoir': () => 'Alarma de depósito vacío: la bomba calcula que su depósito está vacío.',
    'delivery-stopped': () =>
      'El depósito se ha vaciado: ya no se administra fármaco. La bomba no lo detecta; su alarma de vacío sigue el volumen que calcula.',
    eri: (d, f) =>
      `Indicador de reemplazo electivo: la batería está baja; la bomba se detiene ${f.t(d.endOfServiceAtHours)}.`,
    'end-of-service': () => 'Fin de servicio: la batería se ha agotado y la bomba se ha detenido.',
    'motor-stall': (d) =>
      d.detected
        ? 'Bloqueo del motor: administración detenida (alarma de dos tonos).'
        : 'Bloqueo del motor: administración detenida.',
    occlusion: (d) =>
      d.detected
        ? 'Alarma de oclusión: el catéter está obstruido.'
        : 'El catéter está obstruido; esta bomba no puede detectarlo y sigue contando emboladas.',
    'mri-held': () =>
      'La exploración sorprendió a la bomba con una alarma sonando: la infusión no se reanudará hasta que se interrogue la bomba.',
    explant: (d, f) =>
      `Se explantó la bomba antigua con ${f.vol(d.removedUl)} (${f.mass(d.removedUg)}) aún en su depósito, que se retiraron.` +
      ((d.interruptionHours ?? 0) > 0
        ? ` Sin bomba durante ${f.n(d.interruptionHours)} h: no hay administración.`
        : ' La bomba nueva se coloca en la misma intervención.'),
    'catheter-revised': (d, f) =>
      `Catéter revisado: el nuevo contiene ${f.vol(d.deadVolumeUl)}` +
      ((d.concentrationUgPerUl ?? 0) > 0
        ? ' de fármaco (cebado).'
        : ' de LCR o suero: cébalo, o el fármaco tardará volumen muerto ÷ caudal en llegar.') +
      ` El antiguo se llevó ${f.mass(d.removedUg)} de fármaco.`,
    'motor-stall-recovery': () => 'El motor se recuperó del bloqueo.',
    'occlusion-cleared': () => 'La oclusión del catéter se resolvió.',
    'catheter-disconnection': () => 'El catéter está desconectado: el fármaco va al tejido, no al LCR.',
    'catheter-leak': (d, f) =>
      `El catéter tiene una fuga: el ${f.n((d.fraction ?? 0) * 100, 2)} % del flujo va al tejido.`,
    'catheter-repaired': () => 'Se reparó la fuga del catéter.',
    'tip-migration': (d, f) => `La punta del catéter se desplazó a ${f.n(d.tipXCm)} cm.`,
    telemetry: () => 'Bomba interrogada por telemetría.',
    'mri-start': (d, f) =>
      `Resonancia magnética de ${f.n(d.durationHours)} h: ${RM[d.mriMode ?? 0] ?? RM[0]}.`,
    'mri-restart': () => 'La infusión se reanudó después de la resonancia.',
    'mri-dump': (d, f) =>
      `La resonancia abrió las válvulas: ${f.vol(d.volumeUl)} (${f.mass(d.massUg)}) salieron por el catéter.`,
    'mri-valve-shut': (d, f) =>
      `La válvula activada por flujo se cerró tras ${f.vol(d.volumeUl)}; no hay administración hasta que se reinicie la bomba.`,
    'pump-reset': () => 'Se reinició la bomba.',
    'environment-change': (d, f) =>
      (d.flowFactor ?? 0) < 0
        ? `Cuerpo a ${f.n(d.temperatureC)} °C, ambiente a ${f.n(d.ambientKpa)} kPa (en una bomba de gas el flujo va hacia atrás, al ${f.n(-(d.flowFactor ?? 0) * 100, 2)} % del ritmo nominal).`
        : `Cuerpo a ${f.n(d.temperatureC)} °C, ambiente a ${f.n(d.ambientKpa)} kPa (flujo al ${f.n((d.flowFactor ?? 0) * 100)} % del nominal en una bomba de gas).`,
    'gas-flow-stopped': (d, f) =>
      `La presión ambiente de ${f.n(d.ambientKpa)} kPa supera el empuje del propelente: el flujo se ha detenido.`,
    'delivery-resumed': () => 'La administración se reanudó tras la recarga.',
    'backflow-start': (d, f) =>
      `La presión ambiente supera en ${f.n(d.excessKpa)} kPa el empuje del propelente: el flujo va hacia atrás; cada hora se aspiran unos ${f.vol(d.backflowUlPerHour)} de líquido cefalorraquídeo hacia el catéter y la bomba (una estimación). No se administra fármaco.`,
    'backflow-end': (d, f) =>
      `El empuje vuelve a superar en ${f.n(d.driveKpa)} kPa la presión ambiente: se reanudó el flujo hacia delante. Se aspiraron ${f.vol(d.volumeUl)}, con ${f.mass(d.massUg)} de fármaco del líquido cefalorraquídeo; el catéter administra primero esa mezcla.`,
    'log-overflow': (d, f) =>
      `Se descartaron ${f.n(d.dropped, 0)} entradas del registro de la bomba (registro lleno).`,
    'access-port-injection': (d, f) =>
      `La aguja de la recarga estaba en el puerto de acceso al catéter, no en el depósito: ${f.vol(d.volumeUl)} (${f.mass(d.massUg)}) bajaron por el catéter al LCR en ${f.n((d.injectionHours ?? 0) * 60, 2)} min, una sobredosis. El depósito sigue conteniendo solo lo que tenía antes.`,
    'pocket-aspiration': (d, f) =>
      `Se aspiraron ${f.vol(d.volumeUl)} de líquido del bolsillo, que retiraron ${f.mass(d.massUg)} de fármaco antes de que se absorbieran.`,
    'partial-occlusion': (d, f) =>
      `El catéter está acodado: el ${f.n((d.fraction ?? 0) * 100, 2)} % del flujo está bloqueado y se queda en el depósito. La bomba sigue contándolo como administrado.`,
    'catheter-fracture': (d, f) =>
      `El catéter está roto: el ${f.n((d.fraction ?? 0) * 100, 2)} % del flujo va al tejido, no al LCR.`,
    'withdrawal-risk': (d) =>
      `Se detuvo la administración de baclofeno (${PARADA[d.causeCode ?? 0] ?? 'administración detenida'}): riesgo de abstinencia (advertencia destacada).`,
    'mri-interrogate': (d) =>
      d.mriMode === MRI_STALL_RESTART
        ? 'Fin de la resonancia: interroga la bomba con el programador para confirmar que la infusión se ha reanudado (puede volver a arrancar con horas de retraso).'
        : 'Fin de la resonancia: interroga la bomba con el programador para comprobar su depósito y sus válvulas.',
    replacement: (d, f) =>
      `Funciona la bomba ${BOMBAS[d.deviceKind ?? 0] ?? BOMBAS[0]} nueva: batería nueva, llenada con ${f.vol(d.volumeUl)}.`,
    ...Object.fromEntries(
      ['granuloma', 'migration-out', 'csf-leak'].map((id) => [
        `tip-loss-${id}`,
        (d: Datos, f: EventFormat) =>
          `No toda la dosis llega al LCR: ${PERDIDA[d.cause ?? 1] ?? PERDIDA[1]}; el ${f.n((d.fraction ?? 0) * 100, 2)} % del fármaco que sale de la punta va al tejido${(d.rampHours ?? 0) > 0 ? `, en aumento a lo largo de ${lapso(d.rampHours, f)}` : ''}, con el programa sin cambios.`,
      ]),
    ),
    'tip-loss-cleared': () => 'El fármaco que sale de la punta del catéter vuelve a llegar al LCR.',
    'withdrawal-early': (d) => signos(d, 'withdrawal-early'),
    withdrawal: (d) => signos(d, 'withdrawal'),
    'withdrawal-severe': (d) => signos(d, 'withdrawal-severe'),
    oversedation: (d) => signos(d, 'oversedation'),
    overdose: (d) => signos(d, 'overdose'),
  },
};
