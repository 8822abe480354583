/**
 * Spanish (es) of the patient cases: every text of case-texts.ts, by case, question and option id. A chunk of its
 * own, fetched only when a case is shown in Spanish (locale.ts); test/unit/i18n-catalogues.test.ts checks that it
 * has every key. Citations ([R79]) stay as they are: the page shows them as author and year.
 */
import type { Widen } from '../../i18n/catalogue-types.js';
import type { CASE_STORIES, QuestionWords } from './case-texts.js';

const pl = (n: number, one: string, other: string) =>
  new Intl.PluralRules('es').select(n) === 'one' ? one : other;
const dec = (x: number, digits: number) =>
  x.toLocaleString('es', { maximumFractionDigits: digits, useGrouping: false });
/** A dose in µg, or in mg from 1 mg on, with a decimal comma. */
const mg = (ug: number) => (ug >= 1000 ? `${dec(ug / 1000, 2)} mg` : `${Math.round(ug)} µg`);

/** The questions several cases share (src/model/cases/shared-questions.ts). */
const reservoir = (why20: string, why40: string): QuestionWords => ({
  prompt: '¿Qué tamaño de reservorio?',
  options: { '20': { label: '20 mL', feedback: why20 }, '40': { label: '40 mL', feedback: why40 } },
});

const PRIMING: QuestionWords = {
  prompt: 'El catéter nuevo y el tubo de la bomba están vacíos. ¿Cómo empieza el primer programa?',
  options: {
    prime: {
      label: 'Primero un bolo de cebado y después el ritmo diario',
      feedback:
        'Un bolo de cebado llena el tubo y el catéter, de modo que el fármaco llega a la punta el primer día. El fármaco y el líquido que va delante se mezclan durante el bolo, así que algo de fármaco puede llegar antes de que el bolo termine [D1].',
    },
    'no-prime': {
      label: 'Solo el ritmo diario: el fármaco ya llegará',
      feedback:
        'A un ritmo diario lento, primero sale el líquido sin fármaco que hay en el catéter: unos 2,6 µL por cm de catéter [D3], así que un catéter de 110 cm contiene 286 µL y, a 0,1 mL/día, el fármaco llega casi a los 3 días. Mientras tanto el paciente no recibe nada. El equipo ceba el catéter.',
    },
  },
};

const CONTINUOUS_TRIAL = 'Una infusión continua durante 3 días por un catéter temporal y una bomba externa';

const morphineTrial = (bolusNote = ''): QuestionWords => ({
  prompt: '¿Qué prueba?',
  options: {
    continuous: {
      label: CONTINUOUS_TRIAL,
      feedback:
        'Buena elección: una infusión continua es lo más parecido a lo que hará la bomba, y la dosis puede subirse día a día [R131]. El punto de salida del catéter se revisa cada día por si hay infección.',
    },
    bolus: {
      label: 'Una sola inyección por punción lumbar',
      feedback:
        `Aceptable: una sola inyección es rápida y no deja catéter, pero prueba una sola dosis en un solo día [R131]. ${bolusNote}`.trim(),
    },
  },
});

const baclofenPump = (
  whyProgrammable: string,
  whyNotConstant: string,
  extra: QuestionWords['options'] = {},
): QuestionWords => ({
  prompt: '¿Qué fármaco y qué tipo de bomba?',
  options: {
    'baclofen-programmable': { label: 'Baclofeno en una bomba programable', feedback: whyProgrammable },
    ...extra,
    'baclofen-constant': {
      label: 'Baclofeno en una bomba de flujo constante',
      feedback: `Cada cambio de dosis obligaría a vaciar la bomba y recargarla con otra concentración [D6]; ${whyNotConstant} El equipo elige una bomba programable.`,
    },
  },
});

const CANCER_PAIN = {
  patient:
    'Sr. A., 61 años, cáncer de páncreas con dolor intenso en la parte alta del abdomen (un paciente ficticio).',
  history: [
    'El Sr. A. tiene un cáncer de páncreas diseminado. Su oncólogo calcula que vivirá alrededor de un año, quizá menos.',
    'Su dolor es de 8 sobre 10 a pesar de la morfina oral, subida paso a paso; cada subida lo dejó más somnoliento, confuso por las tardes y con un estreñimiento importante. La vía intratecal llega a la médula espinal con una fracción de la dosis, así que los efectos secundarios son menores [R79].',
    'No tiene fiebre, la piel del abdomen está sana y sus plaquetas son normales. Se pone cada día una inyección de heparina de bajo peso molecular para prevenir trombos.',
    'Vive con su mujer a 20 minutos del hospital y acude a todas las citas de quimioterapia.',
  ],
  questions: {
    candidate: {
      prompt: '¿Es el Sr. A. candidato a tratamiento intratecal?',
      options: {
        yes: {
          label: 'Sí: dolor oncológico refractario y opioides orales no tolerados',
          feedback:
            'El dolor oncológico que no responde a los opioides orales, o cuyos efectos secundarios el paciente no soporta, es la indicación clásica; en un ensayo aleatorizado, un sistema implantado controló mejor el dolor y con menos toxicidad farmacológica que el tratamiento médico solo [R79].',
        },
        'no-anticoagulant': {
          label: 'No: toma un anticoagulante',
          feedback:
            'La heparina no es motivo para rechazarlo, sino para planificar. Implantar una bomba es un procedimiento con alto riesgo de sangrado, así que la inyección se suspende antes de la operación durante el intervalo que indica la guía de anticoagulación y se reanuda después [R132].',
        },
        'no-prognosis': {
          label: 'No: su esperanza de vida es demasiado corta para un implante',
          feedback:
            'Alrededor de un año es tiempo suficiente para que una bomba implantada compense (simplificación docente). Un catéter externo temporal es la opción cuando el pronóstico es muy corto, de menos de un mes aproximadamente [D13].',
        },
      },
    },
    drug: {
      prompt: '¿Qué fármaco?',
      options: {
        morphine: {
          label: 'Morfina',
          feedback:
            'La morfina es un fármaco intratecal de primera línea para el dolor en las recomendaciones de consenso [R66].',
        },
        baclofen: {
          label: 'Baclofeno',
          feedback: 'El baclofeno trata la espasticidad, no el dolor oncológico.',
        },
      },
    },
    pump: {
      prompt: '¿Qué tipo de bomba?',
      options: {
        programmable: {
          label: 'Una bomba programable',
          feedback:
            'El dolor oncológico suele aumentar a medida que avanza la enfermedad, y una bomba programable permite al equipo subir la dosis por telemetría en una visita, sin vaciar la bomba [D1].',
        },
        'constant-rate': {
          label: 'Una bomba de flujo constante (impulsada por gas)',
          feedback:
            'Una bomba de flujo constante administra un volumen fijo al día; la única forma de cambiar la dosis es vaciarla y recargarla con otra concentración [D6]. Para un dolor que irá a más, eso supone muchos procedimientos adicionales. El equipo elige una bomba programable.',
        },
        external: {
          label: 'Una bomba externa con un catéter tunelizado para el resto de su vida',
          feedback:
            'Los sistemas externos convienen cuando el pronóstico es corto; a lo largo de muchos meses su riesgo de infección se acumula [D13, D14], mientras que una bomba totalmente implantada tiene menos riesgo de infección [D13]. El equipo elige una bomba programable implantada.',
        },
      },
    },
    trial: morphineTrial(),
    tip: {
      prompt: '¿Dónde debe quedar la punta del catéter?',
      options: {
        T10: {
          label: 'Torácica baja (T10), cerca de los segmentos medulares de la zona dolorosa',
          feedback:
            'La punta se coloca a la altura de los dermatomas dolorosos, porque el fármaco actúa sobre todo cerca de la punta. Ninguna fuente da una cifra, así que T10 es una estimación para el dolor de la parte alta del abdomen.',
        },
        L4: {
          label: 'Lumbar (L4), donde la punción lumbar es más fácil',
          feedback:
            'Muy por debajo de los segmentos que transmiten su dolor: el fármaco tendría que ascender mucho y llegaría menos a la diana. La punta va cerca de los dermatomas dolorosos (una estimación: T10).',
        },
      },
    },
    reservoir: reservoir(
      '20 mL bastan para visitas cada uno o dos meses con su dosis, y una bomba más pequeña es más fácil de colocar en un paciente delgado (simplificación docente).',
      'Una bomba de 40 mL puede duplicar el intervalo entre recargas [D1], pero su dosis se subirá a menudo de todos modos, y la bomba grande cuesta más de alojar en un abdomen delgado (simplificación docente).',
    ),
    priming: PRIMING,
    complication: {
      prompt: 'Día 7: herida roja y caliente con líquido turbio y fiebre leve. ¿Y ahora?',
      options: {
        'antibiotics-watch': {
          label:
            'Tomar un frotis de la herida, empezar antibióticos y vigilar a diario los signos de infección profunda',
          feedback:
            'Una infección superficial puede tratarse con antibióticos; la fiebre con cefalea o rigidez de nuca, o el pus alrededor de la bomba, indicarían una infección profunda que obliga a retirar el sistema [R133].',
        },
        ignore: {
          label: 'Nada: algo de enrojecimiento es normal tras la cirugía',
          feedback:
            'El líquido turbio y la fiebre no son una cicatrización normal. Una infección sin tratar puede extenderse a lo largo del catéter hasta el líquido cefalorraquídeo (meningitis) [R133].',
        },
        explant: {
          label: 'Retirar la bomba hoy',
          feedback:
            'Demasiado pronto: sin signos de que la bomba o el catéter estén infectados, primero van los antibióticos; la retirada es para la infección profunda [R133].',
        },
      },
    },
    'follow-up': {
      prompt:
        'Mes 4: su oncólogo quiere una resonancia magnética para estadificar el cáncer. ¿Qué se hace con la bomba?',
      options: {
        'check-after': {
          label:
            'Hacer la resonancia dentro de las condiciones de RM de la bomba y después revisarla con el programador',
          feedback:
            'El imán detiene el motor de esta bomba durante la exploración; debería volver a arrancar después, pero se han descrito retrasos de 2 a 24 horas, así que la bomba se revisa después de la resonancia [D1, D5].',
        },
        'stop-first': {
          label: 'Programar la bomba en «detenida» antes de la resonancia',
          feedback:
            'El fabricante desaconseja programar la bomba detenida antes de una RM [D1]: si se olvida reanudarla, son horas o días sin morfina.',
        },
        'no-mri': {
          label: 'Sin resonancia: las bombas y los escáneres nunca son compatibles',
          feedback:
            'Las bombas programables de este tipo son compatibles con RM en determinadas condiciones: la exploración es posible dentro de las condiciones indicadas [D1].',
        },
      },
    },
  },
  criterion:
    'La prueba tiene éxito con al menos un 50 % de alivio del dolor sin efectos secundarios intolerables [D21]. (Simplificación docente: el paciente virtual se extrae de la población de dolor refractario del simulador, que mezcla dolor oncológico y no oncológico).',
  complication: {
    title: 'Infección de la herida sobre el bolsillo de la bomba',
    signs: [
      'día 6: la herida sobre la bomba está roja, caliente y dolorosa al tacto',
      'día 7: sale un poco de líquido turbio de la herida; temperatura de 38,2 °C',
      'sin cefalea ni rigidez de nuca: nada sugiere meningitis',
    ],
    management:
      'Una infección superficial de la herida se trata con antibióticos y vigilancia estrecha; una infección que llega a la bomba o al catéter suele obligar a retirar el sistema [R133]. La quimioterapia debilita sus defensas, así que el equipo lo revisa a diario. Aquí se resuelve hacia el día 20 (la evolución temporal es una simplificación docente).',
  },
  outcome:
    'Durante nueve meses su dolor se mantuvo entre 3 y 4 sobre 10 con cuatro subidas de dosis; estuvo lo bastante despierto como para pasar sus últimos meses en casa. El caso termina en el mes 9 (una evolución ficticia).',
};

const CHRONIC_PAIN = {
  patient:
    'Sra. B., 52 años, dolor persistente de espalda y pierna tras dos operaciones de columna (una paciente ficticia).',
  history: [
    'La Sra. B. tiene dolor de espalda y pierna desde hace nueve años, y persistió tras dos operaciones de columna. La fisioterapia, un programa de manejo del dolor y varios medicamentos la ayudaron poco; los opioides orales la dejaban demasiado somnolienta para trabajar.',
    'Puntúa su dolor con un 7 sobre 10. Está decaída y duerme mal; nunca ha visto a un psicólogo.',
    'No tiene ninguna infección, no toma anticoagulantes y la resonancia de columna no muestra ningún bloqueo del flujo de líquido cefalorraquídeo.',
    'Vive a 90 km de la unidad del dolor y no conduce; su hermana puede llevarla.',
  ],
  questions: {
    candidate: {
      prompt: '¿Cuál es el siguiente paso con la Sra. B.?',
      options: {
        'psych-first': {
          label: 'Una evaluación psicológica antes de decidir una prueba',
          feedback:
            'En el dolor no oncológico, el consenso recomienda una evaluación psicológica antes de la prueba; el ánimo bajo y el mal sueño se tratan a la vez, y se hablan sus expectativas [R130]. Solo algunos pacientes con dolor no oncológico son adecuados [R130]. Aquí la evaluación encuentra una depresión tratable y unos objetivos realistas, y el equipo pasa a la prueba.',
        },
        'implant-now': {
          label: 'Implantar una bomba ya: nada más ha funcionado',
          feedback:
            'Nunca se implanta una bomba sin una prueba, y en el dolor no oncológico tampoco antes de una evaluación psicológica [R130]: una depresión sin tratar hace menos probable un buen resultado.',
        },
        never: {
          label: 'No es candidata: el tratamiento intratecal es solo para el dolor oncológico',
          feedback:
            'Algunos pacientes con dolor no oncológico que no responde a otros tratamientos se benefician; se seleccionan con más cuidado [R130, D19].',
        },
      },
    },
    drug: {
      prompt: '¿Qué fármaco para su prueba?',
      options: {
        morphine: {
          label: 'Morfina',
          feedback: 'La morfina es un fármaco intratecal de primera línea para el dolor [R66].',
        },
        baclofen: { label: 'Baclofeno', feedback: 'El baclofeno trata la espasticidad, no el dolor.' },
      },
    },
    refills: {
      prompt: 'Vive a 90 km y no conduce. ¿Puede llevar una bomba?',
      options: {
        'plan-visits': {
          label: 'Sí, si las visitas de recarga se planifican con ella y con su hermana',
          feedback:
            'Una bomba necesita recargas cada uno a seis meses de por vida, y una recarga perdida puede vaciarla [D11]. Poder acudir a esas citas forma parte de la selección [R130]; un reservorio de 40 mL permite espaciarlas [D1].',
        },
        'no-matter': {
          label: 'La distancia no importa: la bomba funciona sola',
          feedback:
            'La bomba funciona sola solo hasta que se vacía el reservorio; las recargas cada uno a seis meses forman parte del tratamiento [D11].',
        },
      },
    },
    trial: morphineTrial(
      'Si se queda corta, el equipo aún puede hacer una prueba continua antes de decidir (simplificación docente).',
    ),
    tip: {
      prompt: '¿Dónde debe quedar la punta del catéter para un dolor de espalda y pierna?',
      options: {
        T10: {
          label: 'Torácica baja (T10), cerca de los segmentos de la zona dolorosa',
          feedback:
            'La punta va cerca de los segmentos medulares que transmiten el dolor; T10 es una estimación (ninguna fuente da una cifra).',
        },
        C5: {
          label: 'Cervical (C5)',
          feedback:
            'Muy por encima de los segmentos dolorosos y más cerca del tronco del encéfalo: el opioide que asciende hacia él puede deprimir la respiración [R61].',
        },
      },
    },
    reservoir: reservoir(
      'Posible, pero una bomba de 20 mL la haría volver el doble de veces [D1].',
      'Con un viaje largo para cada recarga, el reservorio de 40 mL puede duplicar el intervalo entre visitas [D1].',
    ),
    priming: PRIMING,
    complication: {
      prompt: 'Día 2: la bomba funciona, pero su dolor ha vuelto a 7 sobre 10. ¿Qué se hace primero?',
      options: {
        image: {
          label: 'Revisar la bomba con el programador y hacer una prueba de imagen del catéter',
          feedback:
            'Cuando una bomba que funciona no produce efecto, se sospecha primero del catéter: su posición, acodamientos, fugas [R137].',
        },
        double: {
          label: 'Duplicar la dosis',
          feedback:
            'Si el fármaco no llega al espacio intratecal, una dosis mayor no ayuda; y si después se arregla el catéter, la dosis mayor se convierte en una sobredosis. Primero hay que encontrar la causa [R137].',
        },
      },
    },
    'follow-up': {
      prompt:
        'Su hermana estuvo ingresada y la Sra. B. perdió una visita de recarga. Días después la bomba suena con su alarma y ella está inquieta, sudorosa y con dolor. ¿Y ahora?',
      options: {
        'refill-now': {
          label: 'Recargar el mismo día y vigilar un síndrome de abstinencia de opioides',
          feedback:
            'La alarma avisa de que el reservorio está bajo o vacío. Cuando la bomba se queda sin fármaco, la morfina se interrumpe bruscamente y puede aparecer abstinencia (inquietud, sudoración, rebote del dolor); la bomba se recarga enseguida y la dosis se reanuda con cuidado (simplificación docente).',
        },
        'next-week': {
          label: 'Darle el siguiente hueco de rutina la semana que viene',
          feedback:
            'Una alarma de reservorio bajo significa que la bomba está a punto de detenerse o ya se ha detenido. Esperar una semana es una semana sin morfina y con abstinencia (simplificación docente); la visita de recarga se organiza el mismo día.',
        },
      },
    },
  },
  criterion:
    'La prueba tiene éxito con al menos un 50 % de alivio del dolor sin efectos secundarios intolerables [D21].',
  complication: {
    title: 'El catéter no está donde debería',
    signs: [
      'día 2: el alivio del dolor de la prueba no ha vuelto, aunque la bomba funciona',
      'día 3: una radiografía muestra la punta del catéter más baja de lo previsto, y un estudio con contraste muestra el catéter fuera del espacio intratecal',
    ],
    management:
      'Los problemas del catéter (una punta fuera de sitio, un acodamiento, una fuga) son frecuentes: en un estudio prospectivo, 37 de 209 pacientes tuvieron uno, la mayoría causados por el procedimiento de implante más que por el propio catéter [R137]. El catéter se recoloca en una operación corta el día 4; el alivio vuelve el día 5 (la evolución temporal es una simplificación docente).',
  },
  outcome:
    'Tres años después, su dolor es de 4 sobre 10 y trabaja a media jornada; su dosis subió en los primeros meses y después se mantuvo. Tras la recarga perdida, el equipo estableció recordatorios y un conductor de reserva (una evolución ficticia).',
};

const SPINAL_SPASTICITY = {
  patient: 'Sr. C., 34 años, parapléjico tras una lesión medular a nivel T6 (un paciente ficticio).',
  history: [
    'Hace cuatro años, un accidente de moto le lesionó la médula espinal a la altura de la sexta vértebra torácica. Usa silla de ruedas y vive solo con ayuda diaria.',
    'Los espasmos le estiran bruscamente las piernas varias veces por hora, lo despiertan por la noche y dos veces lo han tirado de la silla. El baclofeno oral a la dosis más alta que toleró lo dejaba demasiado somnoliento para trabajar con el ordenador.',
    'El mes pasado se le infectó una úlcera por presión sobre el coxis; está cicatrizando con curas y antibióticos.',
    'Acude a todas las citas de la consulta y quiere seguir siendo independiente.',
  ],
  questions: {
    candidate: {
      prompt: '¿Es el Sr. C. candidato a baclofeno intratecal?',
      options: {
        yes: {
          label: 'Sí: espasticidad espinal grave y baclofeno oral no tolerado',
          feedback:
            'La espasticidad que interfiere con el bienestar, el sueño, los cuidados o la función es el motivo para plantear el baclofeno intratecal; aquí el baclofeno oral no pudo tomarse a una dosis que ayudara [R134].',
        },
        'no-wheelchair': {
          label: 'No: no puede caminar, así que no hay nada que ganar',
          feedback:
            'Los objetivos son el bienestar, el sueño, sentarse con seguridad y unos cuidados más fáciles, no solo caminar [R134].',
        },
      },
    },
    timing: {
      prompt: 'Su úlcera por presión sigue infectada. ¿Cuándo pueden hacerse la prueba y el implante?',
      options: {
        'after-healed': {
          label: 'Cuando la infección se haya resuelto',
          feedback:
            'Una infección activa descarta el baclofeno intratecal mientras dure [R134], y la prueba de cribado no se hace con una herida que no cicatriza [D16]. Primero se trata la úlcera; la mayoría de las infecciones de los sistemas implantados empiezan en la operación [R133].',
        },
        now: {
          label: 'Ahora: los espasmos empeoran la úlcera',
          feedback:
            'Implantar con una infección activa pone en riesgo de infectar la bomba y el catéter, y entonces casi siempre hay que retirar todo el sistema [R133]. Primero se trata la úlcera.',
        },
      },
    },
    pump: baclofenPump(
      'Baclofeno para la espasticidad, y una bomba programable para poder ajustar la dosis tras el implante y cambiarla a lo largo del día si hace falta [D1].',
      'las dosis de baclofeno se ajustan a menudo en los primeros meses.',
      {
        'morphine-programmable': {
          label: 'Morfina en una bomba programable',
          feedback: 'La morfina trata el dolor; la espasticidad se trata con baclofeno.',
        },
      },
    ),
    trial: {
      prompt: '¿Qué prueba?',
      options: {
        bolus: {
          label:
            'Una escalera de bolos por punción lumbar: 50 µg y, si hace falta, 75 y 100 µg con un día de separación',
          feedback:
            'La prueba de bolo es la prueba habitual; se empieza con 25 µg cuando el paciente depende de su tono muscular para ponerse de pie o trasladarse [D16].',
        },
        continuous: {
          label: CONTINUOUS_TRIAL,
          feedback:
            'Aceptable: una prueba continua imita a la bomba, pero deja un catéter puesto durante días (riesgo de infección) [D17].',
        },
      },
    },
    tip: {
      prompt: '¿Dónde debe quedar la punta del catéter para la espasticidad de las piernas?',
      options: {
        T11: {
          label: 'Torácica baja (T11)',
          feedback: 'T11–T12 es el nivel tradicional de la punta para la espasticidad de las piernas [D20].',
        },
        T6: {
          label: 'Torácica media (T6)',
          feedback:
            'Una punta más alta ayuda a los brazos además de a las piernas [D20]; sus brazos no son espásticos, y una punta más alta lleva más fármaco al cerebro (somnolencia). T11 basta para sus piernas.',
        },
      },
    },
    reservoir: reservoir(
      'Bien: con su dosis, una bomba de 20 mL necesita una recarga cada tres meses aproximadamente; las recargas cada uno a seis meses son habituales con baclofeno [D11].',
      'Bien: una bomba de 40 mL puede duplicar el intervalo entre recargas [D1]; el baclofeno se mantiene estable en la bomba durante seis meses [D1].',
    ),
    priming: PRIMING,
    complication: {
      prompt:
        'Día 4: una tumefacción blanda alrededor de la bomba, sin enrojecimiento, sin fiebre y sin cefalea. ¿Y ahora?',
      options: {
        binder: {
          label: 'Una faja abdominal y revisión en una semana',
          feedback:
            'Sin signos de infección ni de fuga de líquido cefalorraquídeo, un seroma se vigila y se sujeta; suele resolverse (simplificación docente).',
        },
        needle: {
          label: 'Drenarlo hoy con una aguja',
          feedback:
            'Cada aguja que atraviesa la piel puede llevar bacterias al bolsillo; un seroma sin síntomas se deja que se resuelva (simplificación docente).',
        },
      },
    },
    'follow-up': {
      prompt:
        'Año 2: la bomba suena con su alarma de dos tonos; por la tarde tiene picor, fiebre y los espasmos han vuelto. ¿Y ahora?',
      options: {
        emergency: {
          label: 'Urgencia: tratarlo como una abstinencia de baclofeno, revisar la bomba y sustituirla',
          feedback:
            'La interrupción brusca del baclofeno intratecal puede causar fiebre alta, confusión, espasticidad de rebote y rigidez, y rara vez la muerte [R72]; se desarrolla en uno a tres días [R73]. El programador muestra un motor bloqueado [D1]; se da baclofeno por boca como puente y se sustituye la bomba.',
        },
        tomorrow: {
          label: 'Consulta mañana: la alarma solo significa que toca una recarga',
          feedback:
            'La alarma de dos tonos también suena cuando el motor se bloquea [D1], y la fiebre con vuelta de los espasmos tras una alarma es una abstinencia de baclofeno mientras no se demuestre lo contrario [R72]. Necesita ayuda el mismo día.',
        },
      },
    },
  },
  criterion:
    'La prueba tiene éxito con un descenso de al menos un nivel en la escala de Ashworth modificada en los músculos clave de las piernas [D17] sin efectos secundarios intolerables.',
  complication: {
    title: 'Un seroma en el bolsillo de la bomba',
    signs: [
      'día 4: una tumefacción blanda, llena de líquido, alrededor de la bomba',
      'sin enrojecimiento, sin calor, sin fiebre; sin cefalea al incorporarse',
    ],
    management:
      'Un seroma es líquido tisular que se acumula en el bolsillo alrededor de una bomba nueva. Una faja abdominal y el tiempo suelen resolverlo; pincharlo puede introducir una infección. Una tumefacción con cefalea al incorporarse sugiere en cambio una fuga de líquido cefalorraquídeo. (Simplificación docente, también la evolución temporal).',
  },
  outcome:
    'Tres años después, los espasmos son raros, duerme toda la noche y no ha vuelto a caerse de la silla. La bomba bloqueada se sustituyó en un día y medio; se recuperó por completo (una evolución ficticia).',
};

const CP_CHILD = {
  patient: 'Lea, 9 años, parálisis cerebral con rigidez de brazos y piernas, 17 kg (una paciente ficticia).',
  history: [
    'Lea tiene una parálisis cerebral que afecta a las cuatro extremidades. Usa silla de ruedas y necesita ayuda para vestirse, asearse y sentarse.',
    'Sus brazos y piernas están tan rígidos que vestirla le duele, le duelen las caderas por la noche y a sus cuidadores les cuesta sentarla. El baclofeno oral la dejaba somnolienta en el colegio sin relajarla lo suficiente; las inyecciones en músculos concretos solo ayudan localmente.',
    'Está bien, sin infecciones, y no tiene ningún trastorno de la coagulación. Es pequeña para su edad: 17 kg.',
    'Lleva desde la infancia una derivación que drena líquido cefalorraquídeo del cerebro al abdomen (por una hidrocefalia).',
    'Sus padres viven cerca del hospital infantil y nunca han faltado a una cita.',
  ],
  questions: {
    candidate: {
      prompt: '¿Es Lea candidata a baclofeno intratecal?',
      options: {
        yes: {
          label: 'Sí: espasticidad generalizada grave y baclofeno oral no tolerado',
          feedback:
            'La espasticidad de origen cerebral que afecta a muchos músculos y no se controla con fármacos orales a dosis tolerables es una indicación; el bienestar y los cuidados son objetivos en sí mismos [R134]. La prueba de cribado responde en la mayoría de estos pacientes [R57].',
        },
        'too-young': {
          label: 'No: los niños no pueden llevar bombas',
          feedback:
            'Los niños llevan bombas: el baclofeno intratecal es muy eficaz para la espasticidad infantil [R134], aunque las complicaciones son más frecuentes a los 10 años o antes [R136], algo que el equipo habla con sus padres.',
        },
      },
    },
    shunt: {
      prompt: 'Lleva una derivación por hidrocefalia. ¿Descarta eso una bomba?',
      options: {
        'not-contraindicated': {
          label: 'No, pero el equipo tiene presente que cambia cómo circula el líquido cefalorraquídeo',
          feedback:
            'Una derivación por hidrocefalia no es una contraindicación, pero puede cambiar cómo se mueve el líquido cefalorraquídeo y, con él, el fármaco [R134]. Un verdadero bloqueo del flujo a lo largo de la columna es otra cosa: el fármaco administrado por debajo de un bloqueo puede no llegar a los segmentos de encima (simplificación docente), y por eso se hace una prueba de imagen de la columna antes de la prueba.',
        },
        contraindicated: {
          label: 'Sí: todo lo que cambia el flujo del líquido cefalorraquídeo descarta una bomba',
          feedback:
            'Una derivación no es una contraindicación; el panel de expertos la cita como algo que puede afectar al flujo del líquido cefalorraquídeo y que hay que tener presente [R134].',
        },
      },
    },
    pump: baclofenPump(
      'Baclofeno para la espasticidad; una bomba programable, porque la dosis de una niña que crece cambia con los años [D1].',
      'la dosis de una niña cambia a menudo.',
    ),
    trial: {
      prompt: '¿Qué prueba?',
      options: {
        bolus: {
          label:
            'Una escalera de bolos por punción lumbar (con una primera dosis menor para una niña muy pequeña)',
          feedback:
            'La prueba de bolo es la prueba habitual; los niños muy pequeños empiezan con 25 µg en lugar de 50 µg [D16].',
        },
        continuous: {
          label: CONTINUOUS_TRIAL,
          feedback:
            'Aceptable: una prueba continua imita a la bomba [D17], pero en una niña supone días con un catéter en la espalda (riesgo de infección y tener que estar quieta).',
        },
      },
    },
    tip: {
      prompt: 'Sus brazos están tan rígidos como sus piernas. ¿Dónde debe quedar la punta del catéter?',
      options: {
        T6: {
          label: 'Torácica media (T6–T7)',
          feedback:
            'En niños con espasticidad de las cuatro extremidades, una punta torácica media dio una mayor respuesta de los brazos que la punta baja tradicional [D20].',
        },
        T11: {
          label: 'Torácica baja (T11)',
          feedback:
            'T11–T12 es el nivel tradicional, bueno para las piernas; para unos brazos rígidos funciona mejor una punta torácica media (T6–T7) [D20].',
        },
      },
    },
    reservoir: reservoir(
      'La bomba de 20 mL es más pequeña y ligera [D1], lo que importa en una niña de 17 kg; con su dosis sigue durando unos tres meses entre recargas.',
      'La bomba de 40 mL duplicaría el intervalo entre recargas [D1], pero es más grande: en una niña delgada encaja mejor la bomba pequeña (simplificación docente).',
    ),
    priming: PRIMING,
    complication: {
      prompt: 'Día 1: cefalea al sentarse que desaparece al tumbarse. ¿Qué es lo más probable?',
      options: {
        leak: {
          label: 'Una fuga de líquido cefalorraquídeo (cefalea pospunción dural)',
          feedback:
            'Una cefalea que depende de la postura es el sello de una presión baja del líquido cefalorraquídeo por una fuga [R135].',
        },
        overdose: {
          label: 'Una sobredosis de baclofeno',
          feedback:
            'Demasiado baclofeno deja a una niña somnolienta e hipotónica sea cual sea su postura (simplificación docente); una cefalea que aparece de pie y desaparece tumbada apunta a una fuga de líquido cefalorraquídeo [R135].',
        },
        meningitis: {
          label: 'Una meningitis',
          feedback:
            'La meningitis produce fiebre y rigidez de nuca, y la cefalea no desaparece al tumbarse [R133]. Hay que seguir vigilándola, pero una cefalea que depende de la postura es una fuga [R135].',
        },
      },
    },
    'follow-up': {
      prompt:
        'Años después, en una recarga, el programador muestra el indicador de reemplazo electivo (ERI). ¿Y ahora?',
      options: {
        plan: {
          label: 'Planificar el recambio ya, antes de que la bomba se detenga',
          feedback:
            'Tras el ERI la bomba sigue funcionando, pero se detiene unos 90 días después; el recambio se planifica con tiempo de sobra [D1]. Una bomba de baclofeno detenida significa abstinencia [R72].',
        },
        wait: {
          label: 'Esperar a que se detenga para aprovechar del todo la batería',
          feedback:
            'Una bomba detenida significa una pérdida brusca de baclofeno: fiebre, confusión, espasticidad de rebote y, rara vez, la muerte [R72]. El recambio se planifica dentro de los 90 días siguientes al ERI [D1].',
        },
      },
    },
  },
  criterion:
    'La prueba tiene éxito con un descenso de al menos un nivel en la escala de Ashworth modificada [D17] sin efectos secundarios intolerables. (Simplificación docente: la paciente virtual se extrae de la población de origen cerebral del simulador, que mezcla niños y adultos).',
  complication: {
    title: 'Fuga de líquido cefalorraquídeo y cefalea',
    signs: [
      'día 1: cefalea y náuseas al sentarse, que desaparecen al tumbarse',
      'día 2: una tumefacción blanda en la herida de la espalda, donde el catéter entra en la columna',
      'sin fiebre ni enrojecimiento',
    ],
    management:
      'El líquido cefalorraquídeo puede fugarse alrededor del catéter donde atraviesa la duramadre: la presión baja y aparece una cefalea típica que empeora de pie y desaparece tumbado [R135]. En 200 niños y adolescentes con bombas de baclofeno, el 11 % tuvo una fuga de líquido cefalorraquídeo, la complicación más frecuente de esa serie, y las complicaciones fueron más probables a los 10 años o antes [R136]. El reposo en decúbito, los líquidos y un apósito compresivo resuelven la mayoría de las fugas; una fuga persistente necesita un parche hemático o una reparación [R135]. Aquí se resuelve hacia el día 8 (la evolución temporal es una simplificación docente).',
  },
  outcome:
    'Siete años después, Lea se sienta cómodamente, vestirse ya no le duele y el dolor de caderas ha mejorado. Su dosis subió a medida que crecía, y su bomba se sustituyó una vez, en una visita planificada, tras el ERI (una evolución ficticia).',
};

export const ES_CASE_STORIES: Widen<typeof CASE_STORIES> = {
  cases: {
    'cancer-pain': CANCER_PAIN,
    'chronic-pain': CHRONIC_PAIN,
    'spinal-spasticity': SPINAL_SPASTICITY,
    'cp-child': CP_CHILD,
  },
  care: {
    checks: [
      'Mirar cada día el punto de salida o el puerto: enrojecimiento, calor, hinchazón, supuración.',
      'Preguntar por cefalea, rigidez de nuca, fiebre y dolor de espalda nuevo: signos de una infección profunda.',
    ],
    management:
      'Una infección superficial se trata con antibióticos y controles más frecuentes; los signos de una infección profunda (meningitis, un absceso) obligan a detener la infusión, tomar líquido cefalorraquídeo para cultivo, retirar el catéter y tratar con antibióticos [R133]. Los sistemas externos se mantienen solo el tiempo necesario: su riesgo de infección crece con el tiempo [D13, D14].',
  },
  refill: {
    prompt: '¿Cuándo es la primera recarga?',
    label: (day: number) => `${day} ${pl(day, 'día', 'días')} después del implante`,
    whyStable: (reservoirMl: number) =>
      `Con el programa previsto, el reservorio de ${reservoirMl} mL duraría más de seis meses, pero la estabilidad del fármaco en la bomba solo está demostrada durante seis meses [D1].`,
    whyAlarm: (startUgPerDay: number, reservoirMl: number, alarmMl: number, alarmDay: number) =>
      `Con el programa previsto (${mg(startUgPerDay)} al día al principio, con las subidas previstas), el reservorio de ${reservoirMl} mL llega a la alarma de ${alarmMl} mL el día ${alarmDay}.`,
    best: (why: string, day: number) => `${why} El día ${day} es la última fecha ofrecida antes de eso.`,
    early: (why: string, day: number, bestDay: number) =>
      `Seguro, pero pronto. ${why} Recargar el día ${day} le cuesta al paciente visitas de más; el día ${bestDay} bastaría.`,
    late: (why: string, day: number, dryDay: number | null) =>
      `Demasiado tarde. ${why} Para el día ${day} ya sonaría la alarma${dryDay !== null ? `, y desde el día ${dryDay} la bomba se queda sin fármaco` : ''}; el seguimiento de abajo muestra lo que ocurre.`,
  },
  implant: {
    met: (pct: number) => `La prueba cumplió su criterio: la mejor mejoría fue del ${pct} %.`,
    sideEffects: (pct: number) =>
      `La prueba no cumplió su criterio: los efectos secundarios fueron demasiado fuertes (mejor mejoría del ${pct} %).`,
    tooLittle: (pct: number) =>
      `La prueba no cumplió su criterio: la mejor mejoría fue del ${pct} %, demasiado poco.`,
    rightImplant: (why: string) =>
      `${why} Una bomba permanente solo se implanta tras una prueba con éxito [D21, D17], y esta lo tuvo.`,
    rightNoImplant: (why: string) =>
      `${why} Así que no hay bomba: el equipo valora otros tratamientos y puede reconsiderarlo más adelante.`,
    wrongDecline: (why: string) =>
      `${why} Renunciar ahora priva al paciente de un tratamiento que acaba de demostrar que le funciona; el equipo sigue adelante con el implante.`,
    wrongImplant: (why: string) =>
      `${why} Una bomba implantada tras una prueba fallida difícilmente ayudará y conlleva los riesgos de la cirugía [D21]; el equipo no la implanta.`,
    implant: 'Implantar la bomba',
    noImplant: 'No implantar',
  },
  journey: {
    corrected: (first: string, then: string) => `primero: ${first}; después: ${then}`,
    trialMet: 'Prueba: criterio cumplido',
    trialNotMet: 'Prueba: criterio no cumplido',
    bestImprovement: (pct: number) => `mejor mejoría del ${pct} %`,
    implanted: 'Bomba implantada',
    newDose: (dailyDose: string) => `ahora ${dailyDose}`,
    dailyDose: (ugPerDay: number) => `${mg(ugPerDay)} al día`,
    outcome: 'cómo termina el caso',
    signsJoin: '; ',
  },
};
