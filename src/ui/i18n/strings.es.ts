/**
 * Spanish (es): every registered English catalogue, key for key (lessons in strings-lessons.es.ts, the lazy
 * views' tables in strings-views.es.ts). Its own chunk, loaded only when Spanish is chosen (locale.ts). The
 * type makes a missing key a compile error;
 * test/unit/i18n-catalogues.test.ts also checks arrays, functions and lesson ids at run time.
 * Units keep their international symbols (mL, µg, ng/mL); numbers inside sentences come already formatted.
 */
import type { Widen } from './catalogue-types.js';
import type {
  CHARTS_TEXT,
  COMPARE_TEXT,
  LESSON_PAGE_TEXT,
  LIFECYCLE_TEXT,
  ROUTES_TEXT,
  S,
  SCENARIO_TEXT,
  SCHEMATIC_TEXT,
  SOURCES_TEXT,
  SPINE_TEXT,
} from './strings.js';
import { ES_LESSONS } from './strings-lessons.es.js';
import { ES_CASE, ES_LESSON_UI, ES_TRIAL, ES_TROUBLESHOOT } from './strings-views.es.js';
import type { EVENT_TEXT, EventFormat, TIME_TEXT } from './strings-events.js';
import { PUMP_CONSTANTS as C } from '../../model/wasm-abi.js';
import type { LANG_TEXT, LMS_TEXT, PWA_TEXT, THEME_TEXT } from './strings-reach.js';

const pl = (n: number, one: string, other: string) =>
  new Intl.PluralRules('es').select(n) === 'one' ? one : other;

const es_S: Widen<typeof S> = {
  appTitle: 'intrathecal-pump-sim',
  disclaimer:
    'Un simulador educativo de bombas de fármacos intratecales — para aprender, no para dosificar: las estimaciones están marcadas y nada de lo que aparece aquí es una especificación de un dispositivo ni un consejo clínico.',
  nav: {
    label: 'Vistas',
    compare: 'Comparación de bombas',
    spine: 'Columna',
    charts: 'Gráficas',
    programming: 'Programación',
    lifecycle: 'Ciclo de vida',
    troubleshoot: 'Resolución de problemas',
    routes: 'Comparación de vías',
    lessons: 'Lecciones',
  },
  run: {
    simulating: 'Simulando…',
    simulated: (days) => `Simulados ${days}.`,
    failed: (msg) => `La simulación no terminó: ${msg}`,
    unknownPreset: (id) => `Escenario predefinido desconocido «${id}»; se muestra el escenario por defecto.`,
    presetMissing: (id) =>
      `El escenario predefinido «${id}» todavía no está disponible en esta versión del motor.`,
    scenarioUrlFailed: (msg) =>
      `No se pudo cargar el archivo del escenario (${msg}); se muestra el escenario por defecto.`,
    invalidScenario: 'Este escenario no es válido:',
    notProduced: (what) => `${what}: esta versión del motor de simulación todavía no lo calcula.`,
    restarted:
      'El simulador se detuvo de forma inesperada. Se ha reiniciado y tu simulación vuelve a estar en marcha.',
    recovered:
      'El simulador se detuvo de forma inesperada y se reinició. Tu simulación se ha repetido y ha terminado: los resultados que ves están completos.',
    failedTwice:
      'el simulador se detuvo de forma inesperada dos veces con este escenario. No se ha perdido nada de lo que escribiste; inténtalo de nuevo o prueba una simulación más corta',
    declined: 'no se inició, porque elegiste no esperar a esta simulación larga',
    stopped: 'la detuviste antes del final',
    longRunTitle: 'Esta simulación tardará un rato',
    longRunQuestion: (about) =>
      `Se calcula que tardará ${about} (más en un ordenador lento o en un teléfono). Mientras tanto puedes seguir usando la página y detenerla cuando quieras. ¿La inicio ahora?`,
    longRunYes: 'Iniciarla',
    longRunNo: 'Ahora no',
    progress: (percent) => `Simulando… ${percent} % hecho.`,
    estimateInAll: (about) => `(${about} en total)`,
    progressLabel: 'Progreso de la simulación',
    stop: 'Detener',
    dismiss: 'Cerrar',
  },
  time: {
    group: 'Controles de tiempo',
    play: 'Reproducir',
    pause: 'Pausa',
    step: 'Avanzar un paso',
    reset: 'Reiniciar',
    speed: 'Velocidad',
    position: 'Tiempo simulado',
    reducedMotion:
      'La animación está en pausa porque tu sistema pide movimiento reducido; pulsa Reproducir para iniciarla.',
    speeds: ['1 hora/s', '6 horas/s', '1 día/s', '1 semana/s', '1 mes/s'],
  },
  units: {
    h: 'h',
    days: 'días',
    years: 'años',
    ml: 'mL',
    ul: 'µL',
    ug: 'µg',
    mg: 'mg',
    ngPerMl: 'ng/mL',
    logScale: 'escala logarítmica',
    linearScale: 'escala lineal',
  },
  est: {
    badge: 'est.',
    label: (source) => `est. (estimación) — fuente: ${source}`,
  },
  compare: {
    heading: 'Bombas de flujo constante y programables en el mismo paciente',
    programmable: 'Bomba programable',
    constantRate: 'Bomba de flujo constante (de gas)',
    reservoir: 'Depósito',
    tipDelivery: 'Salida en la punta',
    pulsed: 'pulsátil: emboladas discretas',
    smooth: 'suave: flujo continuo',
    bodyTemp: 'Temperatura corporal',
    altitude: 'Altitud / presión de cabina',
    mri: 'Resonancia magnética',
    mriAtDay: 'Resonancia el día',
    schedule: 'Caudal',
    concentration: 'Concentración al rellenar',
    controlsLegend: 'Qué hace el paciente',
    controlUnsupported: 'Este control necesita una función del motor que aún no existe.',
    battery: 'Batería',
    noBattery: 'sin batería (de gas)',
    delivered: 'Administrado',
    deliveredDose: 'Dosis administrada',
    cutaway: (kind) => `Corte esquemático de una bomba ${kind}`,
  },
  spine: {
    heading: 'Adónde va el fármaco en el líquido cefalorraquídeo',
    tipLevel: 'Nivel de la punta del catéter',
    tipHelp: 'Arrastra la punta del catéter, o selecciónala y usa las flechas, para moverla a otro nivel.',
    heatmap: 'Concentración en el LCR por nivel y tiempo',
    profile: 'Concentración en el LCR a lo largo de la columna ahora',
    cranial: 'LCR craneal',
    plasma: 'Plasma',
    legend: 'Concentración en el LCR',
    distribution: 'La distribución en el LCR',
  },
  charts: {
    heading: 'Series temporales',
    tipDelivery: 'Salida en la punta',
    reservoir: 'Volumen del depósito',
    dailyDose: 'Dosis diaria en la punta',
    dose: 'Dosis',
    csfAtLevels: 'Concentración en el LCR en los niveles elegidos',
    plasma: 'Concentración plasmática',
    effects: 'Puntuaciones de efecto y efectos secundarios',
    table: 'Mostrar como tabla de datos',
    exportPng: 'Guardar la gráfica como PNG',
    logScale: 'Escala logarítmica',
    time: 'Tiempo',
    levels: 'Niveles',
    summary: (name, min, max, last) => `${name}: de ${min} a ${max}; al final ${last}.`,
  },
  programming: {
    heading: 'Programar la bomba',
    mode: 'Modo',
    continuous: 'Continuo',
    flex: 'Pasos flexibles',
    rate: 'Caudal',
    steps: 'Pasos flexibles (se repiten cada 24 h)',
    stepStart: 'Inicio (hora del día)',
    addStep: 'Añadir paso',
    remove: 'Quitar',
    boluses: 'Bolos',
    bolusKind: 'Tipo',
    bolusAt: 'A las (h)',
    bolusVolume: 'Volumen',
    bolusThen: 'Después',
    bolusThenResume: 'el programa continúa',
    bolusThenStop: 'la bomba se detiene (bolo único)',
    bolusStopWarning:
      'Bolo único: cuando termina este bolo la bomba se detiene y no administra más fármaco hasta que se vuelva a programar. ' +
      'Una interrupción brusca puede provocar un síndrome de abstinencia, que con baclofeno puede poner en peligro la vida.',
    addBolus: 'Añadir bolo',
    patientBolus: 'Reglas del bolo a demanda del paciente (PTM)',
    apply: 'Ejecutar este programa',
    valid: 'El programa es válido.',
    unsupported: (what) => `${what} aún no forman parte del formato de escenario de esta versión.`,
  },
  lifecycle: {
    heading: 'De meses a años: rellenos, alarmas, batería',
    story: 'Historia',
    calendar: 'Calendario',
    nextRefill: 'Próximo relleno',
    eri: 'Indicador de reemplazo electivo',
    eos: 'Fin de servicio',
    none: 'no dentro del tiempo simulado',
    events: 'Eventos',
    noEvents: 'No hay eventos en el tiempo simulado.',
    month: (n, year = 1) => (year > 1 ? `Mes ${n} (año ${year})` : `Mes ${n}`),
  },
  routes: {
    heading: '¿Por qué intratecal? El mismo efecto por otras vías',
    route: 'Vía',
    dose: 'Dosis diaria para el mismo efecto',
    ratio: 'Relación con la intratecal',
    plasma: 'Exposición plasmática',
    it: 'Intratecal',
    epidural: 'Epidural',
    iv: 'Intravenosa',
    oral: 'Oral',
    note: 'Las relaciones de conversión son una suposición didáctica, poco validada y asimétrica; nunca una regla de prescripción.',
  },
  lessons: {
    heading: 'Lecciones',
    lookAt: 'En qué fijarse',
    trialMissing: 'La vista de la prueba todavía no forma parte de esta versión.',
    casesHeading: 'Casos de pacientes',
    backToLessons: 'Volver a las lecciones',
  },
  share: {
    heading: 'Guardar, compartir, exportar',
    name: 'Nombre',
    save: 'Guardar en este navegador',
    load: 'Cargar',
    del: 'Borrar',
    saved: 'Escenarios guardados',
    none: 'Aún no hay escenarios guardados.',
    noneReadable: 'Ninguno que se pueda leer (mira el mensaje de arriba).',
    copyLink: 'Copiar un enlace a este escenario',
    copied: 'Enlace copiado.',
    csv: 'Exportar CSV',
    json: 'Exportar JSON',
    savedOk: (name) => `Guardado «${name}».`,
    savedAs: (asked, used) =>
      `Guardado como «${used}», porque ya existe un escenario guardado llamado «${asked}» (se ha conservado).`,
    needName: 'Escribe primero un nombre y después guarda.',
    loaded: (name) => `Cargado «${name}».`,
    notLoaded: (name, why) => `No se pudo cargar «${name}»: ${why}.`,
    noScenarioInside: 'se guardó sin ningún escenario dentro',
    full: 'No se ha guardado: el almacenamiento de este navegador está lleno. Borra un escenario guardado que ya no necesites e inténtalo de nuevo.',
    corruptKept:
      'No se pudieron leer tus escenarios guardados. Se han apartado sin cambios en este navegador, así que no se ha perdido nada; puedes descargarlos como archivo.',
    corruptStuck:
      'No se pudieron leer tus escenarios guardados y el almacenamiento de este navegador está demasiado lleno para apartarlos. Se dejan intactos y el guardado queda en pausa para que nada los sobrescriba. Descárgalos primero; después podrás empezar una lista nueva.',
    downloadCorrupt: 'Descargar los datos guardados ilegibles',
    discardCorrupt: 'Borrarlos y empezar una lista nueva',
    discarded:
      'Los datos ilegibles se han borrado de este navegador (tu descarga conserva una copia). El guardado vuelve a funcionar.',
    brokenLink: (msg) =>
      `No se pudo usar el escenario de este enlace (${msg}); se muestra el escenario por defecto.`,
    linkCheckFailed:
      'No se pudo comprobar el escenario de este enlace porque el simulador se detuvo de forma inesperada. Puede que el enlace esté bien: se conserva en la barra de direcciones. Se muestra el escenario por defecto hasta que se pueda comprobar.',
    linkNotRun:
      'El escenario de este enlace no se comprobó porque su simulación se detuvo o no se inició. El enlace se conserva en la barra de direcciones. Se muestra el escenario por defecto hasta que se compruebe.',
    tryAgain: 'Intentarlo de nuevo',
    storageUnavailable: 'No se puede guardar: este navegador bloquea el almacenamiento local.',
  },
  events: {
    'empty-reservoir': 'Depósito vacío',
    'low-reservoir': 'Alarma de depósito bajo',
    refill: 'Relleno',
    eri: 'Indicador de reemplazo electivo',
    'end-of-service': 'Fin de servicio',
    'mri-start': 'Resonancia magnética',
    'missed-refill': 'Relleno omitido',
    'pocket-fill': 'Llenado del bolsillo',
    'withdrawal-early': 'Comienza la abstinencia',
    withdrawal: 'Abstinencia',
    'withdrawal-severe': 'Abstinencia grave',
    oversedation: 'Sedación',
    overdose: 'Sobredosis: respiración lenta',
  },
};

const es_SCHEMATIC: Widen<typeof SCHEMATIC_TEXT> = {
  reservoir: ['depósito de', 'fármaco'],
  battery: ['batería +', 'electrónica'],
  rotor: ['rotor y', 'rodillos'],
  tubing: ['tubo de', 'la bomba'],
  catheter: ['hacia el', 'catéter'],
  inlet: ['válvula de', 'entrada'],
  outlet: ['válvula de', 'salida'],
  accumulator: ['cámara', 'acumuladora'],
  bellows: ['fármaco en', 'el fuelle'],
  propellant: ['propelente', '(gas)'],
  restrictor: ['restrictor', 'de flujo'],
  parts: {
    programmable:
      'depósito de fármaco, tubo de la bomba apretado por un rotor de rodillos, batería y electrónica',
    accumulator:
      'depósito de fármaco, válvula de entrada, cámara acumuladora, válvula de salida, batería y electrónica',
    'constant-rate':
      'fármaco en un fuelle presionado por gas propelente, capilar restrictor de flujo, sin batería',
  },
  state: {
    programmable: (strokes) => `Rotor: ${strokes} ${pl(strokes, 'embolada', 'emboladas')} hasta ahora`,
    accumulator: (cycles, phase) =>
      `Acumulador: ${cycles} ${pl(cycles, 'ciclo', 'ciclos')} de válvulas hasta ahora; ahora ${phase}`,
    'constant-rate': (percent) => `Fuelle lleno al ${percent}; el restrictor fija el flujo`,
  },
  filling: 'llenándose (entrada abierta, salida cerrada)',
  emptying: 'vaciándose (entrada cerrada, salida abierta)',
  stopped: 'Administración detenida',
};

const es_LESSON_PAGE: Widen<typeof LESSON_PAGE_TEXT> = {
  title: (lesson) => `${lesson} — lección de intrathecal-pump-sim`,
  fallbackTitle: 'Lección de intrathecal-pump-sim',
  note: 'Una simulación educativa de bombas de fármacos intratecales — para aprender, no para dosificar.',
  noLesson:
    'Esta página muestra una lección, indicada en su dirección (…/lesson.html?lesson=fever-and-flight).',
  unknown: (id) => `No hay ninguna lección llamada «${id}».`,
  choose: 'Lecciones que puedes abrir:',
};

const es_COMPARE: Widen<typeof COMPARE_TEXT> = {
  timeline: 'La cronología propia de esta historia, para ambas bombas (el mismo paciente):',
  timelineReplaced:
    'Cambiar la temperatura, la altitud o las fechas de abajo la sustituye por un único episodio.',
  entry: (day, note, what) => `día ${day}: ${note}${what ? ` (${what})` : ''}`,
  baseline: (drug, dose, progRate, progConc, gasRate, gasConc) =>
    `Mismo paciente, mismo fármaco (${drug}), misma dosis inicial: ${dose}. La bomba programable la administra a ${progRate} de una solución de ${progConc}; la bomba de gas, cuyo flujo está fijado en unos ${gasRate}, se llena con ${gasConc}.`,
  noBaseline: (dose) =>
    `El programa de la bomba programable no es un único caudal constante, así que no hay una sola dosis que igualar: la bomba de gas mantiene la dosis propia de su historia (${dose}).`,
  endsEarly: (shorter, endDay, longer, otherEndDay) =>
    `La historia de la ${shorter} es más corta: su simulación termina el día ${endDay}, la de la ${longer} el día ${otherEndDay}.`,
  refillDay: 'Rellenar las dos bombas el día',
  refillStrength: 'con una solución al (% de la concentración inicial)',
  refillHelp:
    'Las dos bombas reciben una solución tanto más concentrada o diluida que la del principio, así que las dos dosis cambian por el mismo factor. El flujo de una bomba de gas es fijo: una solución nueva es la única forma de cambiar su dosis.',
};

const es_CHARTS: Widen<typeof CHARTS_TEXT> = {
  tolerance: 'Paciente',
  tolerances: {
    naive: 'Sin tratamiento opioide previo (ningún opioide en la última semana)',
    tolerant: 'Tolerante a opioides (con opioides durante una semana o más)',
  },
  toleranceSource: 'Lo rápido que aparece y desaparece la tolerancia: estimaciones',
  events: 'Qué hicieron la bomba y el paciente (eventos)',
  none: 'No hay eventos en el tiempo simulado.',
  more: (n) => `…y ${n} más (todos están en la exportación JSON).`,
  outOf: (max) => `sobre ${max}`,
  firstDays: (what, days) => `${what}, primeros ${days} días`,
  firstDaysNote: 'Cada barra es un intervalo de salida. La dosis diaria de abajo muestra toda la simulación.',
  perHour: 'µL por hora',
  perMinutes: (min) => `µL cada ${min} min`,
};

const es_LIFECYCLE: Widen<typeof LIFECYCLE_TEXT> = {
  refillDue: 'Relleno previsto',
  batteryPercent: 'Carga de la batería',
  deadSpace: 'Retraso por el espacio muerto del catéter',
  deadSpaceText: (delay, at) =>
    `la punta alcanzó la mitad de la nueva concentración ${delay} después del relleno de ${at}`,
  quietMonths: (n) => `No se muestran ${n} ${pl(n, 'mes', 'meses')} sin eventos.`,
  firstDrug: 'Primer fármaco en la punta del catéter',
  firstDrugText: (at) => `hacia ${at}: hasta entonces la bomba empujaba por delante el líquido del catéter`,
  replaced: 'Bomba reemplazada',
  eriReplaced: (at) => `${at}, en la bomba que se reemplazó después`,
};

const es_SPINE: Widen<typeof SPINE_TEXT> = {
  time: (unit) => `Tiempo (${unit})`,
  posture: 'Postura',
  postures: {
    supine: 'Tumbado boca arriba (decúbito supino)',
    upright: 'Erguido (sentado, de pie)',
    prone: 'Tumbado boca abajo (decúbito prono)',
  },
  cycle: (from, to) => `Diario: erguido de ${from}:00 a ${to}:00, boca arriba por la noche`,
  cycleSource: 'Estimación: 16 h al día levantado (no hay un reparto horario publicado)',
  isobaric: (drug, rho) =>
    `Aquí ${drug} es isobárico (densidad ${rho} × LCR): la postura no lo mueve; solo lo hacen la dispersión y el aclaramiento.`,
  hyperbaric: (drug, rho) =>
    `Aquí ${drug} es hiperbárico (densidad ${rho} × LCR): se hunde a lo largo del eje espinal. Erguido, deriva hacia el sacro; tumbado boca arriba, el fármaco por encima de la curva lumbar (L3) se desliza hacia el punto más bajo torácico (T5–T6), y el que está por debajo, hacia el sacro.`,
  hypobaric: (drug, rho) =>
    `Aquí ${drug} es hipobárico (densidad ${rho} × LCR): asciende a lo largo del eje espinal, en sentido contrario a un fármaco hiperbárico.`,
  postureSource:
    'Flack y Bernards 2010; las alturas de la curva espinal y la velocidad de deriva son estimaciones',
  tip: (level) => `LCR en la punta (${level})`,
  target: (upper, lower) =>
    upper === lower ? `Efecto leído en ${upper}` : `Efecto leído de ${upper} a ${lower}`,
  targetShort: 'diana',
  scaleKind: 'Escala de color',
  scaleLog: 'Logarítmica (3 décadas)',
  scaleLinear: 'Lineal',
  fixedNote: (peak) =>
    `Los colores se mantienen fijos en el pico de la primera simulación (${peak}), así que una simulación con la punta o la postura cambiadas se dibuja con los mismos colores; lo que supera el máximo se ve amarillo.`,
  refit: 'Ajustar los colores a esta simulación',
  ghost: (level) => `discontinua: la simulación anterior (punta en ${level})`,
  profileAxis: 'LCR ahora',
};

const es_ROUTES: Widen<typeof ROUTES_TEXT> = {
  axis: 'Dosis diaria (mg/día), escala logarítmica: cada línea de la cuadrícula es 10 veces la de su izquierda',
};

const es_SCENARIO: Widen<typeof SCENARIO_TEXT> = {
  line: (drug, conc, rateAndDose, tip) =>
    `${drug}: ${conc}${rateAndDose ? ` a ${rateAndDose}` : ', con el caudal que marca el programa'}${tip ? `, punta del catéter en ${tip}` : ''}.`,
  rateAndDose: (rate, dose) => `${rate} (${dose})`,
};

const es_SOURCES: Widen<typeof SOURCES_TEXT> = {
  heading: 'Fuentes',
  intro:
    'De dónde salen los números: artículos publicados, fichas técnicas de fármacos y documentos de los dispositivos. Un número marcado como «estimación» es una elección nuestra, razonada en el código.',
  literature: 'Artículos y fichas técnicas',
  devices: 'Dispositivos y práctica clínica',
  loading: 'Cargando la lista de fuentes…',
  failed: 'No se pudo cargar la lista de fuentes.',
};

const es_PWA: Widen<typeof PWA_TEXT> = {
  offlineReady: 'El simulador ya está guardado en este navegador: se abre y simula sin conexión a la red.',
  needRefresh: 'Hay una versión nueva del simulador. Recarga la página para usarla.',
  reload: 'Recargar ahora',
  later: 'Más tarde',
  dismiss: 'De acuerdo',
};

const es_LMS: Widen<typeof LMS_TEXT> = {
  launchFailed: (why) =>
    `No se puede informar a tu curso de tu progreso en esta lección (${why}). La lección funciona igual.`,
  notRecorded: (why) => `Tu curso no registró tu último paso (${why}).`,
  recorded: 'Tu curso ha registrado que terminaste esta lección.',
  backToCourse: 'Volver al curso',
};

const es_THEME: Widen<typeof THEME_TEXT> = {
  label: 'Colores',
  options: { system: 'Como el sistema', light: 'Claros', dark: 'Oscuros' },
};

const es_TIME: Widen<typeof TIME_TEXT> = {
  at: (day, year, clock) => `día ${day}${year > 1 ? ` (año ${year})` : ''}, ${clock}`,
  never: 'nunca con este programa',
};

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
  [C.LOG_DELIVERY_STOPPED]: 'el depósito se vació',
  [C.LOG_END_OF_SERVICE]: 'la batería llegó al fin de servicio',
  [C.LOG_MOTOR_STALL]: 'el motor se bloqueó',
  [C.LOG_MRI_VALVE_SHUT]: 'la válvula se cerró durante la resonancia',
  [C.LOG_GAS_FLOW_STOPPED]: 'la presión ambiente supera el empuje de la bomba',
  [C.LOG_TIP_LOSS]: 'el fármaco ya no llega al LCR en la punta del catéter',
  [C.LOG_OCCLUSION]: 'el catéter está obstruido',
  [C.LOG_LEAK]: 'el catéter está desconectado',
  [C.LOG_EXPLANT]: 'se explantó la bomba y la nueva todavía no funciona',
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

const es_EVENTS: Widen<typeof EVENT_TEXT> = {
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
      `Comienza un bolo ${BOLOS[d.kind ?? 0] ?? BOLOS[0]} de ${f.n(d.volumeUl)} µL en ${f.n(d.durationHours)} h.`,
    'bolus-end': (d) => `Terminó el bolo ${BOLOS[d.kind ?? 0] ?? BOLOS[0]}.`,
    'bolus-cancelled': () => 'Un bolo en curso fue sustituido por otro nuevo.',
    'patient-bolus-accepted': (d, f) => `Bolo del paciente de ${f.n(d.volumeUl)} µL aceptado.`,
    'patient-bolus-denied': (d, f) =>
      `Bolo del paciente denegado: ${DENEGADO[d.reasonCode ?? 1] ?? DENEGADO[1]}${d.reasonCode === 3 ? ` (faltan ${f.n(d.waitHours)} h)` : ''}.`,
    refill: (d, f) =>
      `Relleno: ${f.n(d.aspiratedUl)} µL aspirados (la bomba calculaba ${f.n(d.expectedUl)} µL), ${f.n(d.volumeUl)} µL inyectados.`,
    'volume-discrepancy': (d, f) =>
      `Discrepancia de volumen en el relleno: se aspiraron ${f.n(d.aspiratedUl)} µL pero se esperaban ${f.n(d.expectedUl)} µL. Descarta un llenado del bolsillo o un problema de la bomba.`,
    'pocket-fill': (d, f) =>
      `Llenado del bolsillo: ${f.n(d.volumeUl)} µL (${f.n(d.massUg)} µg) fueron al bolsillo subcutáneo, una dosis sistémica.`,
    'next-refill': (d, f) => `Próximo relleno previsto: ${f.t(d.dueAtHours)}.`,
    'refill-overdue': (d, f) => `El relleno previsto para ${f.t(d.dueAtHours)} no se ha hecho.`,
    'missed-refill': () => 'Se omitió un relleno programado.',
    'low-reservoir': (d, f) =>
      `Alarma de depósito bajo: la bomba calcula que quedan ${f.n(d.estimateUl)} µL.`,
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
      `Se explantó la bomba antigua con ${f.n(d.removedUl)} µL (${f.n(d.removedUg)} µg) aún en su depósito, que se retiraron.` +
      ((d.interruptionHours ?? 0) > 0
        ? ` Sin bomba durante ${f.n(d.interruptionHours)} h: no hay administración.`
        : ' La bomba nueva se coloca en la misma intervención.'),
    'catheter-revised': (d, f) =>
      `Catéter revisado: el nuevo contiene ${f.n(d.deadVolumeUl)} µL` +
      ((d.concentrationUgPerUl ?? 0) > 0
        ? ' de fármaco (cebado).'
        : ' de LCR o suero: cébalo, o el fármaco tardará volumen muerto ÷ caudal en llegar.') +
      ` El antiguo se llevó ${f.n(d.removedUg)} µg de fármaco.`,
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
      `La resonancia abrió las válvulas: ${f.n(d.volumeUl)} µL (${f.n(d.massUg)} µg) salieron por el catéter.`,
    'mri-valve-shut': (d, f) =>
      `La válvula activada por flujo se cerró tras ${f.n(d.volumeUl)} µL; no hay administración hasta que se reinicie la bomba.`,
    'pump-reset': () => 'Se reinició la bomba.',
    'environment-change': (d, f) =>
      `Cuerpo a ${f.n(d.temperatureC)} °C, ambiente a ${f.n(d.ambientKpa)} kPa (flujo al ${f.n((d.flowFactor ?? 0) * 100)} % del nominal en una bomba de gas).`,
    'gas-flow-stopped': (d, f) =>
      `La presión ambiente de ${f.n(d.ambientKpa)} kPa supera el empuje del propelente: el flujo se ha detenido.`,
    'delivery-resumed': () => 'La administración se reanudó tras el relleno.',
    'log-overflow': (d, f) =>
      `Se descartaron ${f.n(d.dropped, 0)} entradas del registro de la bomba (registro lleno).`,
    'access-port-injection': (d, f) =>
      `La aguja del relleno estaba en el puerto de acceso al catéter, no en el depósito: ${f.n(d.volumeUl)} µL (${f.n(d.massUg)} µg) bajaron por el catéter al LCR en ${f.n((d.injectionHours ?? 0) * 60, 2)} min, una sobredosis. El depósito sigue conteniendo solo lo que tenía antes.`,
    'pocket-aspiration': (d, f) =>
      `Se aspiraron ${f.n(d.volumeUl)} µL de líquido del bolsillo, que retiraron ${f.n(d.massUg)} µg de fármaco antes de que se absorbieran.`,
    'partial-occlusion': (d, f) =>
      `El catéter está acodado: el ${f.n((d.fraction ?? 0) * 100, 2)} % del flujo está bloqueado y se queda en el depósito. La bomba sigue contándolo como administrado.`,
    'catheter-fracture': (d, f) =>
      `El catéter está roto: el ${f.n((d.fraction ?? 0) * 100, 2)} % del flujo va al tejido, no al LCR.`,
    'withdrawal-risk': (d) =>
      `Se detuvo la administración de baclofeno (${PARADA[d.causeCode ?? 0] ?? 'administración detenida'}): riesgo de abstinencia (advertencia destacada).`,
    'mri-interrogate': (d) =>
      d.mriMode === C.MRI_STALL_RESTART
        ? 'Fin de la resonancia: interroga la bomba con el programador para confirmar que la infusión se ha reanudado (puede volver a arrancar con horas de retraso).'
        : 'Fin de la resonancia: interroga la bomba con el programador para comprobar su depósito y sus válvulas.',
    replacement: (d, f) =>
      `Funciona la bomba ${BOMBAS[d.deviceKind ?? 0] ?? BOMBAS[0]} nueva: batería nueva, llenada con ${f.n(d.volumeUl)} µL.`,
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

const es_LANG: Widen<typeof LANG_TEXT> = {
  label: 'Idioma',
  failed: 'No se pudo cargar ese idioma (¿sin conexión?). Inténtalo de nuevo cuando haya red.',
};

/** One section per registered English catalogue (the names given to registerCatalogue). */
export const ES = {
  S: es_S,
  SCHEMATIC_TEXT: es_SCHEMATIC,
  LESSON_PAGE_TEXT: es_LESSON_PAGE,
  COMPARE_TEXT: es_COMPARE,
  CHARTS_TEXT: es_CHARTS,
  LIFECYCLE_TEXT: es_LIFECYCLE,
  SPINE_TEXT: es_SPINE,
  LESSON_TEXTS: ES_LESSONS,
  PWA_TEXT: es_PWA,
  LMS_TEXT: es_LMS,
  THEME_TEXT: es_THEME,
  LANG_TEXT: es_LANG,
  TIME_TEXT: es_TIME,
  EVENT_TEXT: es_EVENTS,
  ROUTES_TEXT: es_ROUTES,
  SCENARIO_TEXT: es_SCENARIO,
  SOURCES_TEXT: es_SOURCES,
  LESSON_UI: ES_LESSON_UI,
  CASE_TEXT: ES_CASE,
  TROUBLESHOOT_TEXT: ES_TROUBLESHOOT,
  TRIAL_TEXT: ES_TRIAL,
};
