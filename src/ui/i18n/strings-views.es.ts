/**
 * Spanish (es) for the string tables of the lazily loaded views: the lesson element (strings-lessons-ui.ts), the case (case-strings.ts), troubleshooting
 * (troubleshoot-strings.ts) and the screening trial (trial-strings.ts). Imported only by strings.es.ts, so it
 * stays in the Spanish chunk. src/ui/i18n may not import the views, so the English shape is checked at compile
 * time in test/unit/i18n-catalogues.test.ts (and every key, array and parameter count at run time there too).
 */
import { citeText } from '../../model/sources.js';
import { runTimeParts } from '../../model/time-text.js';
import type { Widen } from './catalogue-types.js';
import type { LESSON_UI } from './strings-lessons-ui.js';

const pl = (n: number, one: string, other: string) =>
  new Intl.PluralRules('es').select(n) === 'one' ? one : other;
/** A number with a decimal comma and `digits` decimals. */
const dec = (x: number, digits: number) =>
  (Number.isFinite(x) ? x : 0).toLocaleString('es', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
const pct = (p: number): string => `${dec(100 * p, 1)} %`;
const at = (tHours: number): string => {
  const p = runTimeParts(tHours);
  return p ? `el día ${p.day}${p.year > 1 ? ` (año ${p.year})` : ''}, ${p.clock}` : '—';
};
const ul = (x: number): string => (Number.isFinite(x) ? `${Math.round(x)} µL` : 'su volumen muerto');

export const ES_CASE = {
  fictional:
    'Un paciente ficticio para la docencia. Las decisiones y sus comentarios están simplificados; esto no es un consejo clínico ni una ayuda para dosificar.',
  steps: {
    selection: '1. Selección',
    trial: '2. La prueba',
    implant: '3. El implante',
    complication: 'Después de la operación',
    followUp: '4. Los años siguientes',
  },
  check: 'Comprobar mis respuestas',
  answerAll: 'Elige primero una respuesta para cada pregunta.',
  right: 'Buena elección.',
  notBest: 'No es la mejor elección.',
  bestWas: (labels: string[]) => `El caso enseña: ${labels.join('; o ')}.`,
  toTrial: 'Pasar a la prueba',
  runTrial: 'Hacer la prueba a este paciente',
  runningTrial: 'Haciendo la prueba al paciente virtual…',
  trialFailed: (why: string) => `No se pudo hacer la prueba: ${why}`,
  trialInfection: (days: number, superficialPct: string, deepPct: string) =>
    `Un catéter o puerto externo durante ${days} ${pl(days, 'día', 'días')}: un riesgo de alrededor del ${superficialPct} de infección superficial y del ${deepPct} de infección profunda (un riesgo diario constante ajustado a una serie publicada [D14]; una estimación).`,
  externalDays: 'Días con un catéter o puerto externo',
  dosesGiven: 'Dosis administradas',
  bolusDose: (ug: string) => `bolo de ${ug} µg`,
  infusionDose: (ugPerDay: string) => `${ugPerDay} µg al día`,
  dosesJoin: ', después ',
  measure: { pain: 'escala de dolor, 0–10', spasticity: 'escala de Ashworth modificada' },
  decision: {
    responded: (dose: string) =>
      `Respondió con ${dose} y los efectos secundarios fueron tolerables: se cumple el criterio para implantar.`,
    'no-response-at-max-dose': (dose: string) =>
      `Sin respuesta hasta ${dose}: el criterio no se cumplió en ningún escalón. Sin respuesta en la prueba, no se implanta una bomba.`,
    'intolerable-side-effects': (dose: string) =>
      `Efectos secundarios intolerables con ${dose}. No se implanta una bomba cuando la dosis de prueba no se tolera.`,
    'invalid-baseline': (_dose: string) =>
      'La puntuación inicial ya está en el mínimo de la escala: no hay nada que mejorar.',
  },
  externalCare: 'Bomba o puerto externo: sus cuidados',
  bestImprovement: (pct: number, measure: string) => `Mejor mejoría: ${Math.round(pct)} % (${measure}).`,
  chartNote:
    'líneas de puntos: las dosis; puntos verdes: la mejoría en cada evaluación (0 abajo, 100 % arriba).',
  implantQuestion: 'Decide: ¿implantar una bomba permanente?',
  implant: 'Implantar la bomba',
  noImplant: 'No implantar',
  otherTrial: 'Probar la otra prueba',
  endsNoImplant:
    'El caso termina aquí sin bomba: el equipo valora otros tratamientos. Prueba la otra prueba o elige otro caso.',
  teamImplants: 'El equipo sigue adelante con el implante.',
  toImplant: 'Pasar al implante',
  toFollowUp: 'Pasar a los años después del implante',
  runYears: 'Simular los años después del implante',
  runningYears: 'Simulando la bomba a lo largo de los años…',
  yearsFailed: (why: string) => `No se pudo hacer la simulación: ${why}`,
  yearsSummary: (refills: number, alarms: number, years: string) =>
    `${years} simulados: ${refills} ${pl(refills, 'recarga', 'recargas')} y ${alarms} ${pl(alarms, 'alarma', 'alarmas')}. La línea de tiempo de abajo muestra cada una.`,
  months: (n: number) => `${n} ${pl(n, 'mes', 'meses')}`,
  years: (n: string, count: number) => `${n} ${pl(count, 'año', 'años')}`,
  outcome: 'Resultado',
  journey: 'Todo el recorrido',
  unknownCase: (id: string, ids: string) => `No hay ningún caso «${id}». Los casos son: ${ids}.`,
  /** Citations are shown the same way in every language. */
  cite: citeText,
};

/** <itp-journey>'s words (src/ui/elements/journey/journey-strings.ts). */
export const ES_JOURNEY = {
  kind: {
    decision: 'Decisión',
    trial: 'Prueba',
    implant: 'Implante',
    complication: 'Complicación',
    titration: 'Cambio de dosis',
    refill: 'Recarga',
    alarm: 'Alarma',
    device: 'Evento de la bomba',
    outcome: 'Resultado',
  },
  notBest: ' (no es la mejor elección)',
  soundAfterChange: ' (una buena elección, tras cambiar la primera respuesta)',
  sound: ' (una buena elección)',
  changed: ' (cambiada tras los comentarios)',
  caption: (until: string) => `El recorrido hasta ahora, desde la primera visita hasta el ${until}`,
  wider: '(las semanas hasta un mes después del implante se dibujan más anchas que los años siguientes)',
  timelineLabel: 'Línea de tiempo del recorrido; el control deslizante de abajo la lee en voz alta',
  symbols: 'Símbolos',
  legend: {
    decision: 'decisión',
    notBest: 'no es la mejor elección',
    changed: 'cambiada tras los comentarios',
    milestone: 'prueba, implante, resultado',
    change: 'complicación, cambio de dosis',
    refill: 'recarga',
    alarm: 'alarma',
    device: 'evento de la bomba',
  },
  previous: 'Evento anterior',
  next: 'Evento siguiente',
  slider: 'Punto del recorrido',
  nothingYet: 'Todavía no ha ocurrido nada en este punto.',
  everyEvent: (n: number) => `Todos los eventos en una lista (${n})`,
  time: {
    day: (d: number) => `día ${d}`,
    implantDay: (d: number) => `día ${d}: el día del implante`,
    afterImplant: (d: number, after: string) => `día ${d}: ${after} después del implante`,
    days: { one: 'día', other: 'días' },
    months: { one: 'mes', other: 'meses' },
    years: { one: 'año', other: 'años' },
    lessThanMonth: 'menos de un mes',
    firstVisit: 'primera visita',
    implant: 'implante',
    year: (y: number) => `año ${y}`,
  },
};

export const ES_TROUBLESHOOT = {
  heading: 'Resolución de problemas: ¿por qué dejó de funcionar la terapia?',
  intro:
    'Elige una historia, mira el síntoma y después decide qué comprobar. Cada comprobación muestra lo que encontraría en este paciente simulado y lo que significa. Solo para aprender: no es una guía clínica.',
  story: 'Historia',
  symptom: (first: string, last: string) =>
    `Síntoma: la dosis que llegaba al líquido cefalorraquídeo era de ${first} el primer día y de ${last} el último día.`,
  checksHeading: '¿Qué compruebas?',
  findingsHeading: 'Lo que encontraron las comprobaciones',
  noneYet: 'Todavía no has elegido ninguna comprobación.',
  shows: 'Hallazgo',
  meaning: 'Significado',
  dose: (ug: number) => `${ug >= 100 ? Math.round(ug) : dec(ug, 1)} µg`,
  checks: {
    reservoir: 'Volumen del depósito en la recarga',
    aspiration: 'Aspirar por el puerto de acceso al catéter',
    rotor: 'Estudio del rotor (radiografía de la bomba)',
    contrast: 'Estudio con contraste por el puerto de acceso',
    imaging: 'Imagen de la punta del catéter (resonancia o mielografía por TC)',
  },
  reservoir: {
    none: 'En esta historia no hubo recarga, así que no se midió el depósito.',
    noneMeaning:
      'La comprobación se hace en cada recarga: el volumen aspirado se compara con el que calculaba la bomba.',
    shows: (tHours: number, aspirated: string, expected: string, diffUl: number) =>
      `En la recarga de ${at(tHours)}: ${aspirated} aspirados, ${expected} calculados por la bomba (${
        Math.abs(diffUl) < 50
          ? 'lo mismo'
          : `${dec(Math.abs(diffUl) / 1000, 1)} mL ${diffUl > 0 ? 'más' : 'menos'}`
      }).`,
    agrees:
      'La bomba administró lo que contó (dentro del margen de 1 mL de la comprobación en una bomba de 20 mL). Si se perdió el efecto, el problema está después de la bomba: el catéter o su punta.',
    surplus:
      'Queda más fármaco del que la bomba contó como administrado: no salió de la bomba. El catéter está obstruido o acodado, o la bomba se detuvo; un estudio del rotor los distingue.',
    deficit:
      'Queda menos fármaco del calculado: parte fue a otro sitio (en una recarga anterior, al bolsillo bajo la piel), o la bomba administró más de lo que contó.',
    port: 'La última «recarga» se hizo en el puerto de acceso al catéter: el depósito nunca se recargó y toda la recarga bajó por el catéter al líquido cefalorraquídeo.',
  },
  aspiration: {
    csf: (deadUl: number) =>
      `Después de aspirar (y desechar) los ${ul(deadUl)} de fármaco del catéter, sale líquido cefalorraquídeo claro sin dificultad.`,
    blocked: 'No se puede aspirar nada: mucha resistencia.',
    slow: 'El líquido sale solo despacio, contra resistencia.',
    noCsf: 'No sale líquido cefalorraquídeo: solo aire, líquido tisular o nada.',
    openMeaning: 'El catéter está permeable y su punta está en el líquido cefalorraquídeo.',
    granulomaMeaning:
      'La aspiración suele ser normal cuando hay una masa en la punta: un resultado normal no la descarta. Hace falta una prueba de imagen.',
    blockedMeaning:
      'El catéter está obstruido. No lo fuerces; un estudio con contraste o una prueba de imagen muestra dónde.',
    slowMeaning: 'El catéter está parcialmente obstruido, por ejemplo por un acodamiento.',
    brokenMeaning:
      'El catéter no está íntegro entre la bomba y la columna: desconectado de la bomba, roto o con una fuga.',
    outMeaning: 'La punta del catéter ya no está en el espacio intratecal.',
  },
  rotor: {
    none: 'No es posible: esta bomba no tiene rotor.',
    noneMeaning: 'El estudio del rotor se aplica a las bombas programables con motor.',
    turned: 'El rotor giró lo programado entre las dos radiografías.',
    turnedMeaning: 'La bomba funciona. Revisa el catéter.',
    stalled: 'El rotor no se movió entre las dos radiografías.',
    stalledMeaning: 'La propia bomba se ha detenido (bloqueo del motor): hay que reemplazarla.',
  },
  contrast: {
    normal: 'El contraste pasa sin dificultad por el catéter al líquido cefalorraquídeo.',
    normalMeaning: 'El catéter está íntegro y su punta está en el espacio intratecal.',
    blocked: 'No se puede inyectar el contraste.',
    blockedMeaning: 'El catéter está obstruido.',
    connector: 'El contraste se acumula en el tejido alrededor del conector de la bomba.',
    connectorMeaning: 'El catéter se ha soltado de la bomba.',
    fracture: 'El contraste se escapa del catéter al tejido a lo largo de su trayecto.',
    fractureMeaning: 'El catéter está roto o tiene una fuga.',
    out: 'El contraste se extiende fuera del saco dural, no en el líquido cefalorraquídeo.',
    outMeaning: 'La punta del catéter ha migrado fuera del espacio intratecal.',
    csfLeak: 'El contraste vuelve a lo largo del catéter desde donde entra en la columna.',
    csfLeakMeaning: 'El líquido cefalorraquídeo y el fármaco se escapan a lo largo del catéter.',
    granuloma: 'El contraste llega a la punta, pero dibuja un defecto de repleción a su alrededor.',
    granulomaMeaning: 'Una masa en la punta del catéter.',
    kink: 'El contraste pasa por un estrechamiento donde el catéter está acodado.',
    kinkMeaning: 'Un acodamiento obstruye en parte el catéter.',
    caution: (deadUl: number) =>
      `Aspira primero los ${ul(deadUl)} de fármaco del catéter: inyectar sin hacerlo los empujaría al líquido cefalorraquídeo como un bolo.`,
  },
  imaging: {
    normal: 'No hay ninguna masa en la punta del catéter; el catéter está donde se colocó.',
    normalMeaning: 'La prueba de imagen descarta una masa en la punta.',
    mass: 'Una masa rodea la punta del catéter.',
    massMeaning:
      'Una masa inflamatoria (granuloma): detén la infusión en ella y revisa el catéter; vigila una posible compresión de la médula espinal.',
    out: 'La punta del catéter está fuera del espacio intratecal.',
    outMeaning: 'La punta ha migrado: hay que revisar el catéter.',
    course:
      'La radiografía muestra el trayecto del catéter: un acodamiento, una separación en el conector o una rotura.',
    courseMeaning: 'Un problema mecánico a lo largo del catéter.',
  },
};

export const ES_TRIAL = {
  heading: 'Pruebas de cribado en pacientes virtuales',
  intro:
    'Una bomba permanente solo se implanta cuando la prueba funciona. Haz una prueba a un paciente virtual o a toda una cohorte y descubre por qué existe el criterio. Solo para aprender: no es una guía de dosificación.',
  controls: 'Ajustes de la prueba',
  preset: 'Prueba',
  cohort: 'Pacientes virtuales',
  cohortUnit: 'pacientes',
  cohortUnitOne: 'paciente',
  seed: 'Semilla',
  run: 'Simular la cohorte',
  cancel: 'Cancelar',
  compare: 'Comparar bolo y continua',
  running: (done: number, total: number) => `En curso: ${done} de ${total} pacientes…`,
  done: (n: number, ms: number) => `${n} pacientes virtuales simulados en ${dec(ms / 1000, 1)} s.`,
  cancelled: 'Cancelada.',
  failed: (msg: string) => `La prueba falló: ${msg}`,
  responders: 'Respondedores',
  ours: 'Esta simulación',
  published: 'Publicado',
  ci: 'IC del 95 % (Wilson)',
  rateWithCi: (p: number, lo: number, hi: number, k: number, n: number) =>
    `${pct(p)} (${pct(lo)}–${pct(hi)}; ${k} de ${n})`,
  publishedRate: (lo: number, hi: number) => (lo === hi ? pct(lo) : `${pct(lo)}–${pct(hi)}`),
  criterion: (text: string) => `Criterio: ${text}, sin efectos secundarios intolerables.`,
  histogram: 'Mejor mejoría por paciente',
  histogramHint: 'Elige una barra para ver a uno de sus pacientes.',
  line50: 'línea del 50 %',
  bin: (lo: number, hi: number) => `${lo.toFixed(0)}–${hi.toFixed(0)} %`,
  binLabel: (lo: number, hi: number, n: number) =>
    `Mejoría de ${lo.toFixed(0)} a ${hi.toFixed(0)} %: ${n} ${pl(n, 'paciente', 'pacientes')}. Mostrar un paciente.`,
  table: 'Tabla de datos',
  range: 'Mejoría',
  patients: 'Pacientes',
  show: 'Mostrar',
  atOrAbove50: (p: number) => `El ${pct(p)} mejoró al menos un 50 %.`,
  sideEffects: 'Efectos secundarios',
  anySide: 'Efecto secundario apreciable',
  intolerable: 'Intolerable (prueba detenida)',
  doseResponse: 'Dosis–respuesta',
  dose: 'Dosis',
  given: 'Administrada a',
  respondedAt: 'Respondieron a esta dosis',
  cumulative: 'Respondedores hasta ahora',
  afterImplant: 'Después de la decisión: ¿ayudaría la terapia crónica?',
  afterImplantHint:
    'Terapia crónica a la dosis de mantenimiento, sin el efecto de expectativa de una prueba. Las pruebas no son perfectas: a algunos respondedores les ayuda la expectativa o una dosis que no van a recibir, y algunos no respondedores solo necesitaban otra dosis u otra forma de administración.',
  implantedHelped: 'Implantado, la terapia crónica ayuda',
  implantedFails: 'Implantado, la terapia crónica fracasa',
  notImplantedMissed: 'No implantado, podría haberse beneficiado',
  notImplantedRight: 'No implantado, no se habría beneficiado',
  ppv: (p: number) => `El ${pct(p)} de los pacientes implantados se beneficia a largo plazo.`,
  comparison: 'Cribado con bolo y prueba continua comparados (los mismos pacientes)',
  protocol: 'Protocolo',
  patient: (id: number) => `Paciente virtual n.º ${id}`,
  patientTraits: 'Paciente',
  timeline: 'Cronología de la prueba',
  timelineAlt: 'Evaluaciones',
  time: 'Tiempo (h)',
  kind: 'Evaluación',
  score: 'Puntuación',
  improvement: 'Mejoría',
  sideEffect: 'Efecto secundario (0–1)',
  effect: 'Efecto del fármaco (0–1)',
  cardiopulmonary: 'cardiopulmonar',
  efficacy: 'eficacia',
  decision: 'Decisión',
  implant: 'Implantar',
  noImplant: 'No implantar',
  prev: 'Paciente anterior de esta barra',
  next: 'Paciente siguiente de esta barra',
  ofBin: (i: number, n: number) => `${i + 1} de ${n} en esta barra`,
  est: 'est.',
  estTitle: 'Las distribuciones son estimaciones calibradas con tasas publicadas; consulta docs/trials.md.',
};

export const ES_LESSON_UI: Widen<typeof LESSON_UI> = {
  lessons: 'Lecciones',
  lessonsDone: (done, total) => `${done} de ${total} hechas`,
  stepOf: (n, total) => `Paso ${n} de ${total}`,
  steps: 'Pasos',
  summaryStep: 'Resumen',
  predict: 'Predice',
  check: 'Comprobar mi respuesta',
  pickFirst: 'Elige primero una respuesta.',
  right: 'Correcto.',
  notQuite: 'No exactamente.',
  tryOthers: 'Puedes elegir otra respuesta para leer su comentario; la que cuenta es tu primera respuesta.',
  observe: 'Observa',
  theStory: 'La historia',
  lookAt: 'En qué fijarse',
  explain: 'Explica',
  hiddenUntilAnswered: 'La simulación aparece cuando hayas respondido.',
  previous: 'Anterior',
  next: 'Siguiente',
  toSummary: 'Resumen',
  summary: 'Resumen',
  score: (right, total) =>
    `Acertaste al primer intento ${right} de ${total} ${pl(total, 'pregunta', 'preguntas')}.`,
  reviewAgain: 'Repasar los pasos',
  restart: 'Empezar de nuevo esta lección',
  previousLesson: (title) => `Lección anterior: ${title}`,
  nextLesson: (title) => `Lección siguiente: ${title}`,
  done: 'hecha',
  doneScore: (right, total) => `hecha, ${right} de ${total} correctas`,
  inProgress: 'empezada',
  scenario: 'Escenario',
  moreEvents: (n) => `…y ${n} más.`,
  progressUnreadable:
    'No se pudo leer el progreso guardado de tus lecciones; se ha apartado sin cambios y esta lección empieza de cero.',
  progressStuck:
    'No se pudo leer el progreso guardado de tus lecciones y no hay espacio para guardar una copia; el progreso no se guarda hasta que se borre.',
  progressUnavailable:
    'Este navegador no permite que la página guarde el progreso; dura hasta que se cierre la página.',
  teacher: 'Para el docente',
  teacherNotes: 'Notas para el docente',
  answers: 'Respuestas',
  lock: 'Bloquear los controles (los alumnos solo ven las historias)',
  locked: 'El docente ha fijado los ajustes de esta lección.',
  linkHeading: 'Enlace a esta lección',
  linkStart: 'Empezar en',
  linkPaused: 'Empezar con la animación en pausa',
  linkLocked: 'Con los controles bloqueados',
  linkStory: 'Historia',
  linkStoryDefault: 'La historia propia de cada paso',
  link: 'Enlace',
  copy: 'Copiar el enlace',
  copied: 'Enlace copiado.',
  copyFailed: 'Aquí no se puede copiar; selecciona el enlace y cópialo.',
  print: 'Imprimir una hoja de trabajo',
  printAnswers: 'Imprimir la hoja de respuestas',
  answerSheet: (title) => `Hoja de respuestas: ${title}`,
  worksheetAnswer: 'Respuesta:',
  worksheet: (title) => `Hoja de trabajo: ${title}`,
  worksheetName: 'Nombre',
  worksheetDate: 'Fecha',
  worksheetPredict: 'Tu predicción (marca una):',
  worksheetWhy: '¿Por qué lo crees?',
  worksheetObserved: '¿Qué mostró la simulación?',
  worksheetExplain: 'Explica con tus propias palabras lo que viste:',
  worksheetFooter:
    'Una simulación educativa de bombas de fármacos intratecales — para aprender, no para dosificar.',
};
