/**
 * Spanish (es): every registered English catalogue, key for key (lessons in strings-lessons.es.ts, stories in
 * strings-presets.es.ts, engine events in strings-events.es.ts, the lazy views' tables in strings-views.es.ts). Its own chunk, loaded only
 * when Spanish is chosen (locale.ts). The type makes a missing key a compile error;
 * test/unit/i18n-catalogues.test.ts also checks arrays, functions and lesson ids at run time.
 * Units keep their international symbols (mL, µg, ng/mL); numbers inside sentences come already formatted.
 */
import type { Widen } from './catalogue-types.js';
import type {
  CHARTS_TEXT,
  COMPARE_TEXT,
  FIELD_TEXT,
  DRUG_TEXT,
  LESSON_PAGE_TEXT,
  LIFECYCLE_TEXT,
  ROUTES_TEXT,
  S,
  UNIT_TEXT,
  SCENARIO_TEXT,
  SCHEMATIC_TEXT,
  SOURCES_TEXT,
  SPINE_TEXT,
} from './strings.js';
import { ES_LESSONS } from './strings-lessons.es.js';
import { ES_CASE_TITLES, ES_PRESETS } from './strings-presets.es.js';
import { ES_CASE, ES_JOURNEY, ES_LESSON_UI, ES_TRIAL, ES_TROUBLESHOOT } from './strings-views.es.js';
import type { TIME_TEXT } from './strings-events.js';
import { ES_EVENTS } from './strings-events.es.js';
import type { LANG_TEXT, LMS_TEXT, PWA_TEXT, THEME_TEXT } from './strings-reach.js';
import type { CONTROL_TEXT } from './strings-controls.js';

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
    badge: 'estimación',
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
    mriAtDay: 'Resonancia después de',
    schedule: 'Caudal',
    concentration: 'Concentración al recargar',
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
    tipDeliveryUnit: 'µL por intervalo',
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
    modeChoice: 'Administración basal',
    modes: { continuous: 'Continua', flex: 'Pasos flexibles', stopped: 'Parada' },
    period: 'Repetir cada',
    periodDay: '24 h (un patrón diario)',
    periodWeek: '168 h (un patrón semanal)',
    rate: 'Caudal',
    steps: 'Pasos flexibles',
    stepStart: 'Empieza, horas desde el inicio del periodo',
    addStep: 'Añadir paso',
    remove: 'Quitar',
    boluses: 'Bolos',
    bolusKind: 'Tipo',
    bolusAt: 'Se da, horas desde el inicio',
    bolusVolume: 'Volumen',
    bolusThen: 'Después',
    bolusThenResume: 'El programa continúa',
    bolusThenStop: 'La bomba se detiene (bolo único)',
    bolusStopWarning:
      'Bolo único: cuando termina este bolo la bomba se detiene y no administra más fármaco hasta que se vuelva a programar. ' +
      'Una interrupción brusca puede provocar un síndrome de abstinencia, que con baclofeno puede poner en peligro la vida.',
    addBolus: 'Añadir bolo',
    bolusKinds: { single: 'Dosis única', priming: 'Cebado', bridge: 'Puente' },
    bolusKindHints: {
      single: 'Una dosis extra, una sola vez, del fármaco que hay en la bomba.',
      priming: 'Llena de fármaco un catéter vacío, al caudal más rápido.',
      bridge:
        'Empuja el fármaco antiguo fuera del catéter al caudal antiguo tras un cambio de fármaco o de concentración.',
    },
    bolusVolumeDefault: 'Volumen: lo que contiene el catéter (el volumen habitual para este tipo).',
    bolusVolumeSet: 'Elegir un volumen',
    removeStep: (n) => `Quitar el paso ${n}`,
    removeBolus: (n) => `Quitar el bolo ${n}`,
    patientBolus: 'Reglas del bolo a demanda del paciente (PTM)',
    patientBolusOn: 'El paciente puede darse bolos',
    pbDose: 'Dosis por bolo',
    pbLockout: 'Bloqueo entre bolos',
    pbMax: 'Máximo de bolos al día',
    boluses1: 'bolo',
    bolusesN: 'bolos',
    problems: (n) =>
      n === 1
        ? '1 problema, indicado aquí o junto a su campo.'
        : `${n} problemas, indicados aquí o junto a sus campos.`,
    apply: 'Ejecutar este programa',
    valid: 'El programa es válido.',
    unsupported: (what) => `${what} aún no forman parte del formato de escenario de esta versión.`,
  },
  lifecycle: {
    heading: 'De meses a años: recargas, alarmas, batería',
    story: 'Historia',
    calendar: 'Calendario',
    nextRefill: 'Próxima recarga',
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
    refill: 'Recarga',
    eri: 'Indicador de reemplazo electivo',
    'end-of-service': 'Fin de servicio',
    'mri-start': 'Resonancia magnética',
    'missed-refill': 'Recarga omitida',
    'pocket-fill': 'Inyección en el bolsillo',
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
  refillDay: 'Recargar las dos bombas después de',
  refillStrength: 'Concentración de la solución nueva (% de la primera)',
  refillHelp:
    'Las dos bombas reciben una solución tanto más concentrada o diluida que la del principio, así que las dos dosis cambian por el mismo factor. El flujo de una bomba de gas es fijo: una solución nueva es la única forma de cambiar su dosis.',
  fromDay: 'La fiebre o el vuelo empieza después de',
  forDays: 'La fiebre o el vuelo dura',
  rateLabel: 'Caudal de la bomba programable',
  lastHours: (hours) => `últimas ${hours} h`,
  perStroke: 'por embolada',
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
  refillDue: 'Recarga prevista',
  batteryPercent: 'Carga de la batería',
  deadSpace: 'Retraso por el espacio muerto del catéter',
  deadSpaceText: (delay, at) =>
    `la punta alcanzó la mitad de la nueva concentración ${delay} después de la recarga de ${at}`,
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

const es_UNITS: Widen<typeof UNIT_TEXT> = {
  'µg/day': 'µg/día',
  'mg/day': 'mg/día',
  'mL/day': 'mL/día',
  'µL/day': 'µL/día',
  'boluses/day': 'bolos/día',
  'strokes/h': 'emboladas/h',
  'pulses/h': 'pulsos/h',
  'fraction/h': 'fracción/h',
  days: 'días',
  years: 'años',
};

const es_DRUGS: Widen<typeof DRUG_TEXT> = {
  baclofen: 'baclofeno',
  morphine: 'morfina',
  hydromorphone: 'hidromorfona',
  fentanyl: 'fentanilo',
  sufentanil: 'sufentanilo',
  bupivacaine: 'bupivacaína',
  clonidine: 'clonidina',
  ziconotide: 'ziconotida',
  tracer: 'trazador',
};

/** Scenario field names and validation rules in validation messages (src/ui/format/field-words.ts). */
const es_FIELDS: Widen<typeof FIELD_TEXT> = {
  names: {
    access: 'Acceso',
    accuracyBiasPercent: 'Sesgo de exactitud (%)',
    accuracyRandomPercent: 'Error aleatorio de exactitud (%)',
    altitudeFt: 'Altitud (ft)',
    ambientPressureKpa: 'Presión ambiental (kPa)',
    aspiratedAfterHours: 'Aspirado al cabo de (h)',
    aspiratedMl: 'Volumen aspirado (mL)',
    atHours: 'Tiempo (h)',
    batteryStartFraction: 'Batería al inicio (fracción)',
    blockedFraction: 'Fracción bloqueada',
    bodyTemperatureC: 'Temperatura corporal (°C)',
    boluses: 'Bolos',
    breathingDepthFactor: 'Factor de profundidad respiratoria',
    cardiacStrokeVolumeMl: 'Volumen sistólico (mL)',
    catheter: 'Catéter',
    catheterTipLevel: 'Nivel de la punta del catéter',
    concentrationUgPerMl: 'Concentración (µg/mL)',
    cranialCsfVolumeMl: 'Volumen de LCR craneal (mL)',
    csf: 'Líquido cefalorraquídeo (LCR)',
    csfCells: 'Células del LCR',
    csfProductionMlPerMin: 'Producción de LCR (mL/min)',
    deadSpaceUlPerCm: 'Espacio muerto (µL/cm)',
    densityRelativeToCsf: 'Densidad relativa al LCR',
    description: 'Descripción',
    device: 'Dispositivo',
    dispersion: 'Dispersión',
    dispersionFactor: 'Factor de dispersión',
    distribution: 'Distribución',
    doseUg: 'Dosis (µg)',
    driveGaugePressureKpa: 'Presión de impulsión (kPa)',
    drug: 'Fármaco',
    drugName: 'Nombre del fármaco',
    durationDays: 'Tiempo simulado (días)',
    durationHours: 'Duración (h)',
    durationMinutes: 'Duración (min)',
    environment: 'Entorno',
    events: 'Eventos',
    fault: 'Fallo',
    fieldT: 'Campo magnético (T)',
    flex: 'Programa flexible',
    formulation: 'Formulación',
    from: 'Desde',
    fromClockHour: 'Desde la hora del reloj',
    generation: 'Generación',
    growthDays: 'Crecimiento (días)',
    heartRateBpm: 'Frecuencia cardiaca (por minuto)',
    heightCm: 'Talla (cm)',
    injectionMinutes: 'Tiempo de inyección (min)',
    interruptionHours: 'Interrupción (h)',
    into: 'Hacia',
    kind: 'Clase',
    leakFraction: 'Fracción de fuga',
    lengthCm: 'Longitud (cm)',
    lockoutHours: 'Tiempo de bloqueo (h)',
    lowReservoirAlarmMl: 'Alarma de reservorio bajo (mL)',
    maxPerDay: 'Máximo al día',
    maxRateMlPerDay: 'Ritmo máximo (mL/día)',
    mode: 'Modo',
    model: 'Modelo',
    mriRestartDelayHours: 'Retraso del rearranque tras la RM (h)',
    name: 'Nombre',
    nominalRateMlPerDay: 'Ritmo nominal (mL/día)',
    note: 'Nota',
    opioidTolerance: 'Tolerancia a opioides',
    outputIntervalMinutes: 'Intervalo de salida (min)',
    patient: 'Paciente',
    patientBolus: 'Bolo del paciente',
    patientBolusRequests: 'Peticiones de bolo del paciente',
    periodHours: 'Periodo (h)',
    posture: 'Postura',
    postureChanges: 'Cambios de postura',
    postureCycle: 'Ciclo de posturas',
    prescribedConcentrationUgPerMl: 'Concentración prescrita (µg/mL)',
    primed: 'Cebado',
    program: 'Programa',
    pulseVolumeUl: 'Volumen por pulso (µL)',
    rateMlPerDay: 'Ritmo (mL/día)',
    recordStrokes: 'Registrar emboladas',
    refillThresholdMl: 'Umbral de recarga (mL)',
    reservoirMl: 'Reservorio (mL)',
    reservoirStartMl: 'Reservorio al inicio (mL)',
    resumeDelayHours: 'Retraso de la reanudación (h)',
    schemaVersion: 'Versión del formato del escenario',
    seed: 'Semilla aleatoria',
    spinalCsfVolumeMl: 'Volumen de LCR espinal (mL)',
    startHours: 'Inicio (h)',
    steps: 'Pasos',
    strokeVolumeUl: 'Volumen por embolada (µL)',
    targetLevel: 'Nivel diana',
    telemetrySessionsPerMonth: 'Sesiones de telemetría al mes',
    then: 'Después',
    timeline: 'Cronología',
    tipLossFraction: 'Fracción perdida en la punta',
    tissueAbsorptionHalfTimeHours: 'Semivida de absorción tisular (h)',
    to: 'Hasta',
    toLevel: 'Hasta el nivel',
    type: 'Tipo',
    uprightHours: 'De pie (h)',
    viscosityRelativeToWater: 'Viscosidad relativa al agua',
    volumeMl: 'Volumen (mL)',
    volumeUl: 'Volumen (µL)',
    weightKg: 'Peso (kg)',
  },
  items: {
    timeline: 'paso',
    events: 'evento',
    steps: 'paso',
    boluses: 'bolo',
    postureChanges: 'cambio de postura',
    patientBolusRequests: 'petición de bolo del paciente',
  },
  item: 'elemento',
  scenario: 'El escenario',
  is: 'vale',
  isMissing: 'falta',
  rules: {
    number: 'un número',
    wholeNumber: 'un número entero',
    range: (kind, min, max) => `debe ser ${kind} de ${min} a ${max}`,
    above: (kind, min, max) => `debe ser ${kind} mayor que ${min} y como máximo ${max}`,
    oneOf: (options) => `debe ser uno de estos valores: ${options}`,
    text: (n) => `debe ser un texto de ${n} caracteres como máximo`,
    flag: 'debe ser true (sí) o false (no)',
    tooMany: (n) => `debe ser una lista de ${n} elementos como máximo`,
    tooManyHas: (n, count) => `debe ser una lista de ${n} elementos como máximo (tiene ${count})`,
    tooFew: 'debe tener al menos un paso',
    unknownField: 'no es un campo de este formato de escenario (revise la ortografía)',
    object: 'debe ser un objeto (un grupo de campos)',
    list: 'debe ser una lista',
    notScenario: 'debe ser un objeto JSON (un documento de escenario)',
    unreadable: 'no se ha podido leer',
    valveGeneration: 'debe ser 1 (las válvulas se abren en la RM) o 2 (válvula activada por flujo)',
    deviceKind: (options) => `debe indicar el tipo de dispositivo: uno de ${options}`,
    eventType: (options) => `debe indicar el tipo de evento: uno de ${options}`,
    period: 'debe ser 24 (un patrón diario) o 168 (uno semanal) h',
    level: 'debe ser un nivel vertebral, como "C6", o un intervalo, como { "from": "C5", "to": "T1" }',
    version: (version) => `debe ser ${version} (el formato de escenario de este simulador)`,
  },
  checks: {
    'output-rows': (w) =>
      `da ${w.count} filas de resultados en ${w.amount} días; el límite es ${w.limit}` +
      `${w.flag ? ' con la distribución en el LCR activada' : ''}: registre como mínimo cada ${w.min} min` +
      `${w.flag ? ' o desactive la distribución en el LCR' : ''}`,
    'not-programmable': () =>
      'una bomba de flujo constante (impulsada por gas) no se puede programar: su flujo lo fija el dispositivo; ' +
      'la dosis solo cambia con la concentración en la recarga',
    'needs-rate': () => 'es obligatorio en el modo continuo (el ritmo basal en mL/día)',
    'needs-flex': () => 'es obligatorio en el modo flexible (un periodo y sus pasos)',
    'needs-rate-reprogram': () => 'es obligatorio para reprogramar al modo continuo',
    'needs-flex-reprogram': () => 'es obligatorio en el modo flexible',
    'rate-above-max': (w) =>
      `supera lo que esta bomba puede administrar: su máximo es ${w.max} ${w.unit} (se admite de ${w.min} a ${w.max} ${w.unit})`,
    'step-after-period': (w) => `debe ser menor que el periodo (${w.limit} ${w.unit})`,
    'steps-order': () => 'los pasos deben ir en orden creciente de inicio',
    'first-step-zero': () => 'el primer paso debe empezar a las 0 h',
    'needs-patient-bolus': () =>
      'requieren las reglas del bolo del paciente (dosis, tiempo de bloqueo, máximo diario)',
    'above-reservoir': (w) =>
      `${w.what} no puede superar el reservorio (${w.max} ${w.unit}): se admite de ${w.min} a ${w.max} ${w.unit}`,
    'after-end': (w) => `es posterior al final de la simulación (${w.to} h): no tendrá ningún efecto`,
    'altitude-or-pressure': () => 'indique la altitud o la presión ambiental, no ambas',
    'time-order': () => 'las entradas deben ir en orden cronológico',
    'hyperbaric-plain': (w) =>
      `debe ser simple para ${w.drug}: aquí solo la bupivacaína tiene una formulación hiperbara (o indique la densidad relativa al LCR)`,
    'implanted-only': (w) =>
      `debe ser una bomba implantada (${w.options}): un evento del escenario no sustituye bombas externas` +
      `${w.event ? ` (el ${w.event} la sustituye)` : ''}`,
    'replacement-fill': (w) =>
      `el llenado no puede superar el reservorio de la bomba nueva (${w.max} ${w.unit}): se admite de ${w.min} a ${w.max} ${w.unit}`,
    'replacement-start-after-end': (w) =>
      `la bomba nueva empezaría después del final de la simulación (${w.to} h)`,
    'no-pump-implanted': (w) =>
      `cae cuando no hay ninguna bomba implantada (${w.event}: de ${w.from} a ${w.to} h): la bomba nueva se llena en el recambio`,
    'new-pump-unprogrammed': () =>
      'la bomba nueva no tiene ningún programa y queda detenida: añada una reprogramación en su inicio o después',
    'concentration-published': (w) =>
      `supera la concentración máxima publicada de ${w.drug} para bombas (${w.limit} µg/mL)`,
    'concentration-labelled': (w) =>
      `supera la concentración máxima de ${w.drug} en ficha técnica (${w.limit} µg/mL): habría que prepararla como fórmula magistral`,
    'baclofen-patient-bolus': () =>
      'los bolos activados por el paciente no se usan con baclofeno (el PTC de Prometra solo los permite con ' +
      'morfina, según las instrucciones de Prometra II)',
    'rate-below-min': (w) =>
      `es inferior al ritmo más lento que suele indicarse para esta bomba (${w.limit} ${w.unit})`,
    'mri-opens-valves': () =>
      'una resonancia magnética abre las dos válvulas de una bomba de acumulador de primera generación: el ' +
      'contenido del reservorio y del catéter pasa al paciente (antes hay que vaciar la bomba, según las ' +
      'instrucciones de Prometra)',
    'mri-delay-no-effect': () =>
      'no tiene efecto en esta bomba: el reinicio tardío tras una resonancia es un fallo de las bombas ' +
      'programables, cuyo motor detiene el imán',
    'mri-field': (w) =>
      `ninguna bomba de este simulador es compatible con resonancia por encima de ${w.limit} ${w.unit}`,
    'body-temperature': (w) => `una temperatura corporal de ${w.amount} ${w.unit} pone en peligro la vida`,
    'daily-dose': (w) => `hasta ${w.amount} µg/día de ${w.drug} supera ${w.limitKind} (${w.limit} µg/día)`,
    'bolus-dose': (w) =>
      `administra ${w.amount} µg de ${w.drug} en un solo bolo, lo que supera ${w.limitKind} (${w.limit} µg)`,
    'patient-bolus-dose': (w) =>
      `un bolo del paciente de ${w.amount} µg de ${w.drug} supera ${w.limitKind} (${w.limit} µg)`,
    'pocket-fill-dose': (w) =>
      `deposita ${w.amount} µg de ${w.drug} bajo la piel, desde donde pasa a la sangre en pocas horas: supera ` +
      `${w.limitKind} (${w.limit} µg/día)`,
    granuloma: (w) =>
      `una concentración y una dosis diaria altas de ${w.drug} se asocian a una masa inflamatoria (granuloma) en la ` +
      `punta del catéter: vigile una pérdida de efecto con el programa sin cambios`,
    'wrong-concentration': (w) =>
      `se cargó en lugar de la concentración prescrita de ${w.limit} µg/mL: cada dosis de esta carga es ${w.amount} veces la que pretende el programa`,
    'catheter-port-refill': (w) =>
      `envía toda la recarga (${w.amount} µg) por el catéter al LCR en minutos, una sobredosis, mientras el ` +
      'reservorio conserva solo su contenido anterior',
    'stability-interval': (w) =>
      `${w.flag ? 'este recambio' : 'esta recarga'} llega ${w.amount} días después de ${w.what} (${w.drug} ` +
      `${w.to} µg/mL, ${w.from}), más allá de la estabilidad conocida de ${w.drug} en la bomba: como máximo ` +
      `${w.limit} días`,
    'stability-end': (w) =>
      `${w.what} (${w.drug} ${w.to} µg/mL, ${w.from}) permanece en la bomba ${w.amount} días sin recarga antes ` +
      `del final de la simulación, más allá de la estabilidad conocida de ${w.drug} en la bomba: como máximo ` +
      `${w.limit} días`,
  },
  limitKinds: {
    'screening-bolus': 'el bolo de prueba más alto habitual',
    'single-reported': 'la dosis única más alta publicada',
    'published-daily': 'la dosis diaria máxima publicada',
    'usual-daily': 'el límite superior del intervalo diario habitual',
    'far-above-daily': 'una dosis diaria muy por encima de la práctica habitual',
    'single-ceiling': 'el techo habitual de una dosis única',
    'single-spinal': 'la dosis espinal única habitual',
    'quarter-daily': 'una cuarta parte del límite diario (6 horas de dosis de golpe)',
  },
  whats: {
    start: 'el volumen inicial',
    alarm: 'el umbral de alarma',
    threshold: 'el umbral de recarga',
    refill: 'una recarga',
    initial: 'la carga inicial',
    'new-pump': 'la primera carga de la bomba nueva',
    refilled: 'la recarga',
  },
  deviceKinds: {
    programmable: 'programable',
    accumulator: 'de acumulador',
    'constant-rate': 'de flujo constante (impulsada por gas)',
    external: 'externa',
  },
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

const es_LANG: Widen<typeof LANG_TEXT> = {
  label: 'Idioma',
  failed: 'No se pudo cargar ese idioma (¿sin conexión?). Inténtalo de nuevo cuando haya red.',
};

const es_CONTROL: Widen<typeof CONTROL_TEXT> = {
  clamped: (typed, set, min, max) => `Permitido de ${min} a ${max}: ${typed} se cambió a ${set}.`,
  notANumber: (min, max) => `Escribe un número de ${min} a ${max}.`,
  exact: (label) => `${label}, valor exacto`,
  estimate: 'estimación',
  estimateWhy: (source) => `Estimación — ${source}`,
  rateHandle: 'Ritmo basal (arrastra arriba o abajo, o usa las flechas)',
  rateCaption: 'Ritmo basal',
  rateValue: (rate, dose) => `${rate}, es decir ${dose} en la punta`,
  level: (name, region, n) => `${name}: vértebra ${region} ${n}`,
  regions: { C: 'cervical', T: 'torácica', L: 'lumbar', S: 'sacra' },
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
  CONTROL_TEXT: es_CONTROL,
  TIME_TEXT: es_TIME,
  EVENT_TEXT: ES_EVENTS,
  ROUTES_TEXT: es_ROUTES,
  SCENARIO_TEXT: es_SCENARIO,
  FIELD_TEXT: es_FIELDS,
  SOURCES_TEXT: es_SOURCES,
  UNIT_TEXT: es_UNITS,
  DRUG_TEXT: es_DRUGS,
  PRESET_TEXT: ES_PRESETS,
  LESSON_UI: ES_LESSON_UI,
  CASE_TEXT: ES_CASE,
  CASE_TITLE_TEXT: ES_CASE_TITLES,
  JOURNEY_TEXT: ES_JOURNEY,
  TROUBLESHOOT_TEXT: ES_TROUBLESHOOT,
  TRIAL_TEXT: ES_TRIAL,
};
