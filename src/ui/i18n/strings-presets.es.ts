/**
 * Spanish (es) titles and descriptions of the stories (scenario presets), by preset id: strings-presets.ts.
 * Imported only by strings.es.ts, so it stays in the lazily loaded Spanish chunk.
 */
import type { Widen } from './catalogue-types.js';
import type { CASE_TITLE_TEXT } from './strings-cases.js';
import type { PresetWords } from './strings-presets.js';

export const ES_PRESETS: Record<string, PresetWords> = {
  'baclofen-programmable': {
    title: 'Baclofeno en una bomba programable',
    description:
      'El caso de cada día: pequeñas emboladas sueltas suman unos constantes 400 µg/día; el depósito baja hasta la alarma.',
  },
  'baclofen-constant-rate': {
    title: 'Baclofeno en una bomba de flujo constante (de gas)',
    description:
      'Sin batería ni programación: para bajar la dosis, el clínico tiene que recargarla con una solución más diluida.',
  },
  'morphine-cancer-pain': {
    title: 'Morfina para el dolor oncológico, con bolos del paciente',
    description:
      'Una infusión basal más bolos que activa el paciente: algunas peticiones se conceden y otras las rechaza el tiempo de bloqueo.',
  },
  'ziconotide-titration': {
    title: 'Ziconotida: ajuste lento tras el implante',
    description:
      'Empieza con 2,4 µg/día y sube cada semana 2,4 µg/día; el efecto llega tarde y los efectos secundarios siguen a los niveles en el LCR.',
  },
  'gas-pump-fever-flight': {
    title: 'Una bomba de gas durante una fiebre y un vuelo',
    description:
      'El flujo sube con la temperatura corporal y con la altitud de la cabina: la dosis cambia cuando cambia el paciente.',
  },
  'gas-pump-hyperbaric': {
    title: 'Una bomba de gas en una cámara hiperbárica: el flujo va hacia atrás',
    description:
      'Durante una sesión de oxígeno hiperbárico de 90 minutos a 2,4 atmósferas, la presión de la cámara supera el empuje del propelente de la bomba: el líquido cefalorraquídeo vuelve al catéter y no se administra fármaco; después la bomba expulsa primero esa mezcla diluida.',
  },
  'mri-programmable': {
    title: 'Una resonancia magnética con una bomba programable (rearranque tardío)',
    description:
      'El imán bloquea el rotor durante la exploración. Normalmente la infusión se reanuda al terminar; aquí vuelve a arrancar 6 h tarde, un fallo descrito que detecta la interrogación tras la exploración.',
  },
  'mri-accumulator': {
    title: 'Una resonancia magnética con una bomba de acumulador de primera generación (sin vaciar)',
    description:
      'Las dos válvulas se abren en el campo: el contenido del depósito y del catéter pasa al paciente de golpe.',
  },
  'mri-accumulator-gen2': {
    title: 'Una resonancia magnética con una bomba de acumulador de segunda generación',
    description:
      'La válvula activada por flujo deja pasar como mucho 10 µL y luego permanece cerrada hasta que se reinicia la bomba.',
  },
  'concentration-change-bridge': {
    title: 'Cambio de concentración con bolo puente',
    description:
      'El catéter aún contiene el fármaco antiguo, más diluido; un bolo puente lo expulsa al caudal antiguo, así que la dosis se mantiene.',
  },
  'concentration-change-no-bridge': {
    title: 'Cambio de concentración sin bolo puente',
    description:
      'Sin bolo puente, el fármaco antiguo sale gota a gota al nuevo caudal lento: día y medio de infradosificación.',
  },
  'missed-refill': {
    title: 'Una recarga omitida',
    description:
      'Pasa la fecha de la recarga, suena la alarma y el depósito se vacía: la abstinencia de baclofeno se desarrolla en uno a tres días y persiste mientras la bomba está vacía.',
  },
  'pocket-fill': {
    title: 'Una inyección en el bolsillo',
    description:
      'La aguja de la recarga no entra en el puerto: 40 mg de baclofeno quedan bajo la piel y pasan a la sangre en unas horas; una hora después se aspira la mitad, y en la siguiente recarga falta volumen en el depósito.',
  },
  'battery-end-of-service': {
    title: 'Batería, ERI y reemplazo de la bomba',
    description:
      'Seis años de recargas y después el indicador de reemplazo electivo: la bomba se detendría 90 días más tarde, así que en la visita siguiente se reemplaza por una nueva en lugar de recargarla.',
  },
  'baclofen-bolus-screening': {
    title: 'Prueba de cribado con bolos de baclofeno',
    description:
      '50, luego 75 y luego 100 µg por punción lumbar, con 24 h entre ellos: observa cada pico 4–6 h después de la inyección y cómo el tono vuelve a su nivel basal sin rebote.',
  },
  'continuous-trial-external': {
    title: 'Prueba continua de baclofeno con una bomba externa',
    description:
      'Un catéter temporal y una bomba externa durante unos días: emboladas de 50 µL, con el caudal aumentado el día 2.',
  },
  'catheter-dead-space': {
    title: 'El espacio muerto del catéter tras el implante',
    description:
      'Un catéter de 110 cm sin cebar y el propio circuito de la bomba contienen unos 0,3 mL: a 0,1 mL/día el fármaco llega a la punta solo al cabo de unos 3 días.',
  },
  'baclofen-child': {
    title: 'Baclofeno en un niño: la misma dosis, un cuerpo más pequeño',
    description:
      'Los 400 µg/día del caso adulto en un niño de 18 kg: hay menos LCR que lo diluya, así que los niveles espinales y craneales son más altos.',
  },
  'morphine-naive-start': {
    title: 'La misma dosis de morfina en un paciente sin tratamiento opioide previo',
    description:
      'El programa del dolor oncológico en un paciente no acostumbrado a los opioides: somnolencia los primeros días, hasta que se desarrolla la tolerancia.',
  },
  'morphine-restart-after-gap': {
    title: 'Morfina reiniciada a la dosis antigua tras dos semanas sin ella',
    description:
      'La bomba se detiene dos semanas y después se reinicia al caudal antiguo: abstinencia durante la interrupción y más sedación después, porque se perdió la tolerancia.',
  },
  'catheter-granuloma': {
    title: 'Masa inflamatoria (granuloma) en la punta del catéter',
    description:
      'Morfina muy concentrada; desde la segunda semana crece una masa en la punta que capta cada vez más de cada dosis: el dolor vuelve a lo largo de semanas con el programa sin cambios, mientras la bomba y la comprobación del depósito parecen normales.',
  },
  'catheter-kink': {
    title: 'Un catéter acodado (oclusión parcial)',
    description:
      'Desde el día 5 un acodamiento bloquea la mitad del flujo: la dosis en la punta se reduce a la mitad, la bomba no lo nota y en la recarga el depósito contiene más de lo que calculaba la bomba.',
  },
  'catheter-occlusion': {
    title: 'Un catéter obstruido (oclusión completa)',
    description:
      'El día 5 el catéter se obstruye por completo: nada llega al LCR, esta bomba no tiene alarma de oclusión y empieza la abstinencia de baclofeno; en la recarga el depósito está más lleno de lo calculado.',
  },
  'catheter-disconnection': {
    title: 'Un catéter desconectado o con fuga',
    description:
      'El día 5 el catéter se suelta del conector de la bomba: el fármaco va al tejido que rodea la bomba, no al LCR. Empieza la abstinencia de baclofeno; la comprobación del depósito en la recarga es normal.',
  },
  'catheter-migration': {
    title: 'La punta del catéter migró fuera del espacio intratecal',
    description:
      'El día 5 la punta sale del espacio intratecal: el fármaco ya no llega al LCR, empieza la abstinencia de baclofeno y la bomba y el depósito parecen normales.',
  },
  'access-port-injection': {
    title: 'Una recarga inyectada en el puerto de acceso al catéter',
    description:
      'El día 10 la aguja de la recarga entra en el puerto de acceso al catéter en lugar del depósito: 20 mL de baclofeno van directamente al LCR, una sobredosis, y el depósito nunca se recargó.',
  },
  'wrong-concentration': {
    title: 'Una recarga con la concentración equivocada',
    description:
      'Se prescribieron 500 µg/mL y se llenó con 2000 µg/mL: el mismo programa da ahora el cuádruple de la dosis, que llega en cuanto se ha expulsado el fármaco antiguo del catéter.',
  },
  'priming-bolus-mixing': {
    title: 'Un bolo de cebado se mezcla en su frente',
    description:
      'Un catéter nuevo lleno de suero se ceba al caudal más rápido: el fármaco y el suero se mezclan en el frente, así que el fármaco llega al LCR antes de que termine el bolo de cebado y llega diluido durante un tiempo después.',
  },
  'ziconotide-first-fill': {
    title: 'Ziconotida en una bomba nueva: el primer llenado',
    description:
      'La ziconotida se pierde en la bomba, sobre todo en el primer llenado de una bomba nueva: por eso la bomba nueva se enjuaga con fármaco sin diluir antes de llenarla y se recarga en 14 días; las recargas siguientes duran hasta 84 días.',
  },
};

/** The patient cases' titles (strings-cases.ts), by case id. */
export const ES_CASE_TITLES: Widen<typeof CASE_TITLE_TEXT> = {
  'cancer-pain': 'Dolor oncológico: el Sr. A.',
  'chronic-pain': 'Dolor crónico de espalda y pierna: la Sra. B.',
  'spinal-spasticity': 'Espasticidad tras una lesión medular: el Sr. C.',
  'cp-child': 'Una niña con parálisis cerebral: Lea',
};
