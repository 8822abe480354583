/**
 * Spanish (es) lesson texts: strings-lessons.ts, lesson for lesson, in the same order, with the same number of
 * steps and choices and `correct: true` on the same choices (arrays are merged by index). Imported only by
 * strings.es.ts, so it stays in the lazily loaded Spanish chunk.
 */
import type { LessonText } from './strings-lessons.js';

export const ES_LESSONS: LessonText[] = [
  {
    id: 'why-intrathecal',
    title: '¿Por qué intratecal?',
    intro: [
      'Un fármaco administrado en el líquido cefalorraquídeo (por vía intratecal) llega directamente a la médula espinal. Por boca o por vena, casi todo va primero al resto del cuerpo.',
    ],
    steps: [
      {
        title: 'La dosis para el mismo efecto',
        question:
          'Para conseguir el mismo efecto sobre la médula espinal, ¿cómo es la dosis diaria intratecal de morfina comparada con la dosis por boca?',
        choices: [
          {
            text: 'Más o menos igual',
            feedback:
              'Por boca, el fármaco se diluye en todo el cuerpo y el hígado destruye buena parte antes de que llegue a la columna, así que hace falta mucho más.',
          },
          {
            text: 'Unas pocas veces menor',
            feedback:
              'Menor, sí, pero mucho más que unas pocas veces. Lee la columna de la relación: las barras usan una escala logarítmica, que hace que las diferencias grandes parezcan pequeñas.',
          },
          {
            text: 'Cientos de veces menor',
            correct: true,
            feedback:
              'Puesta directamente en el líquido cefalorraquídeo, una fracción diminuta de la dosis oral da el mismo efecto espinal.',
          },
        ],
        lookAt: [
          'la relación entre la dosis de cada vía y la intratecal (las barras usan una escala logarítmica: parecen mucho más cercanas de lo que son)',
          'cuánto de cada dosis acaba en la sangre',
        ],
        explain: [
          'La dosis oral tiene que llenar todo el cuerpo antes de que llegue suficiente al líquido cefalorraquídeo; la dosis intratecal empieza allí. Por eso una bomba con un depósito de unas decenas de mililitros puede durar meses.',
          'Menos fármaco en la sangre significa también menos efectos secundarios en el resto del cuerpo, pero un error con un fármaco concentrado de la bomba es peligroso, porque cada microgramo cuenta.',
        ],
      },
      {
        title: 'Lo que llega a la sangre',
        question:
          'El dolor oncológico de una paciente responde a la morfina oral, pero solo a dosis cuya somnolencia y estreñimiento no puede soportar. ¿Por qué podría ayudarle una bomba?',
        choices: [
          {
            text: 'La morfina de una bomba es un fármaco distinto y más suave',
            feedback: 'Es el mismo fármaco; lo que cambia es adónde va y lo poco que se necesita.',
          },
          {
            text: 'La diminuta dosis intratecal deja mucho menos fármaco en la sangre, de donde vienen esos efectos secundarios',
            correct: true,
            feedback:
              'La somnolencia y el estreñimiento de la morfina oral se deben sobre todo al fármaco en la sangre y en el cuerpo; la dosis intratecal es tan pequeña que llega poco a la sangre.',
          },
          {
            text: 'Una bomba da el fármaco solo por la noche',
            feedback:
              'La bomba administra el fármaco las 24 horas; el beneficio viene de la dosis y de la vía.',
          },
        ],
        lookAt: [
          'la columna de exposición plasmática de la tabla: la intratecal frente a las demás vías (en un teléfono, desplaza la tabla hacia el lado)',
        ],
        explain: [
          'Los efectos secundarios que vienen del fármaco en la sangre son una de las razones por las que se ofrece una bomba a pacientes que no toleran dosis orales altas.',
          'Los efectos dentro del líquido cefalorraquídeo siguen ahí: un fármaco que asciende hacia el cerebro todavía puede causar somnolencia o depresión respiratoria.',
        ],
      },
    ],
    summary: [
      'La administración intratecal pone el fármaco donde actúa: una dosis diminuta da el efecto de una dosis oral grande.',
      'Llega poco a la sangre, así que hay menos efectos secundarios en el resto del cuerpo.',
      'Como las dosis son tan pequeñas, un error de concentración o de programación importa mucho.',
    ],
    teacherNotes: [
      'Objetivo: el alumno sabe explicar por qué las dosis intratecales son mucho menores que las orales.',
      'Pide al grupo que adivine la relación antes de mostrar la gráfica; comentad por qué un eje logarítmico hace que una diferencia enorme parezca modesta.',
      'Trampa: la relación entre vías es una regla orientativa de conversión, no una prescripción; cada paciente es muy distinto.',
    ],
  },
  {
    id: 'constant-vs-programmable',
    title: 'Flujo constante frente a programable',
    intro: [
      'Una bomba programable mueve el fármaco en emboladas diminutas impulsadas por un motor con batería; una bomba de gas lo empuja de forma suave a través de un restrictor de flujo y no tiene batería.',
      'Aquí ambas bombas tratan al mismo paciente con baclofeno: compara cómo lo administra cada una.',
    ],
    steps: [
      {
        title: 'Cambiar la dosis',
        question: 'El paciente necesita una dosis menor. ¿Qué hace falta en cada bomba?',
        choices: [
          {
            text: 'Las dos se pueden reprogramar desde fuera del cuerpo',
            feedback:
              'Solo la bomba programable. La bomba de gas no tiene electrónica: su flujo lo fijan la presión del gas y el restrictor.',
          },
          {
            text: 'La bomba programable se reprograma; la de gas necesita una recarga con una solución más diluida',
            correct: true,
            feedback:
              'En una bomba de flujo constante, la única forma de cambiar la dosis es cambiar la concentración en una recarga.',
          },
          {
            text: 'Las dos necesitan cirugía',
            feedback: 'Ninguna necesita cirugía para cambiar la dosis.',
          },
        ],
        lookAt: ['el indicador de la batería de la bomba programable', 'la bomba de gas, que no tiene'],
        explain: [
          'La bomba programable gana flexibilidad (cambios de dosis, bolos, horarios) a cambio de una batería que acaba agotándose; la bomba de gas no tiene batería, pero cada cambio de dosis espera a una recarga.',
        ],
      },
      {
        title: 'Cómo sale el fármaco',
        question: 'Visto de cerca, ¿cómo administra el fármaco la bomba programable en la punta del catéter?',
        choices: [
          {
            text: 'Con un flujo suave y uniforme, como la bomba de gas',
            feedback:
              'A lo largo de un día las dos pueden dar la misma cantidad, pero el motor de la bomba programable gira a pasos, así que el fármaco sale en pequeños pulsos.',
          },
          {
            text: 'En pequeños pulsos con pausas entre ellos',
            correct: true,
            feedback:
              'Cada giro del rotor exprime una pequeña embolada de fármaco; entre emboladas no fluye nada.',
          },
          {
            text: 'Una dosis grande una vez al día',
            feedback:
              'La bomba reparte la dosis diaria a lo largo de todo el día en muchas emboladas pequeñas; una única dosis grande sería un bolo.',
          },
        ],
        lookAt: [
          'el rotor avanzando a pasos y la salida pulsátil en la punta',
          'la salida suave de la bomba de gas',
        ],
        explain: [
          'Los pulsos son pequeños y frecuentes, así que a lo largo de las horas la médula recibe una dosis casi constante con cualquiera de los dos diseños.',
        ],
      },
    ],
    summary: [
      'Una bomba programable administra en pequeñas emboladas; una bomba de gas fluye de forma suave. En un día pueden dar la misma dosis.',
      'Solo la bomba programable puede cambiar su dosis desde fuera del cuerpo; una bomba de gas necesita una recarga con otra concentración.',
      'La batería de la bomba programable marca su vida útil.',
    ],
    teacherNotes: [
      'Objetivo: contrastar los dos principios de impulsión y lo que cada uno supone para los cambios de dosis y la vida del dispositivo.',
      'Pausa la animación y avánzala paso a paso para mostrar emboladas sueltas; pregunta si los pulsos importan para la médula.',
      'Para comentar: ¿a qué pacientes les conviene cada bomba (dosis estable frente a ajustes frecuentes)?',
    ],
  },
  {
    id: 'fever-and-flight',
    title: 'Fiebre y vuelos',
    intro: [
      'Una bomba de gas la impulsa un propelente cuya presión sube con la temperatura corporal, contra la presión ambiente, que baja con la altitud.',
    ],
    steps: [
      {
        title: 'Una fiebre',
        question:
          'El paciente con la bomba de gas tiene fiebre. ¿Qué le pasa a la dosis que administra la bomba de gas?',
        choices: [
          {
            text: 'Sube',
            correct: true,
            feedback:
              'Un propelente más caliente empuja con más fuerza, y el fármaco más caliente pasa con más facilidad por el restrictor, así que se administra más fármaco.',
          },
          {
            text: 'Baja',
            feedback:
              'Al revés: el calor aumenta la presión del propelente, que empuja más fármaco a través del restrictor.',
          },
          {
            text: 'No cambia',
            feedback:
              'Eso es lo que ocurre con la bomba programable, cuyo motor cuenta las emboladas. La bomba de gas no tiene ese control: su flujo sigue a la presión.',
          },
        ],
        lookAt: [
          'la dosis diaria de la bomba de gas durante la fiebre',
          'la bomba programable manteniendo su caudal programado',
        ],
        explain: [
          'El flujo a través del restrictor sigue la diferencia de presión entre el propelente y el entorno. Una fiebre la aumenta mientras dura; la dosis vuelve a su valor cuando vuelve la temperatura.',
        ],
      },
      {
        title: 'Un vuelo',
        question:
          'Más tarde el paciente viaja en avión, y la bomba de gas administra más durante el vuelo. ¿Por qué, si la temperatura corporal no ha cambiado?',
        choices: [
          {
            text: 'La cabina está más fría',
            feedback:
              'Una bomba más fría administraría menos, no más; y la bomba está a temperatura corporal, bajo la piel.',
          },
          {
            text: 'La presión de la cabina es menor, así que el propelente empuja contra menos',
            correct: true,
            feedback:
              'El flujo sigue la diferencia entre la presión del propelente y la presión alrededor de la bomba; el cuerpo no protege a la bomba de la menor presión de la cabina.',
          },
          {
            text: 'El paciente se mueve menos en el avión',
            feedback:
              'El movimiento no impulsa una bomba de gas: solo lo hace la presión de su propelente frente a la presión del entorno.',
          },
        ],
        lookAt: ['la dosis diaria de la bomba de gas durante el vuelo', 'las dos bombas una junto a otra'],
        explain: [
          'La altitud y la fiebre aumentan las dos el flujo de una bomba de gas. Pruébalo tú: cambia la temperatura y la altitud abajo y observa la dosis diaria.',
        ],
      },
    ],
    summary: [
      'El flujo de una bomba de gas sigue la diferencia de presión: la fiebre y la altitud lo aumentan.',
      'Una bomba programable mantiene su caudal programado en ambos casos.',
      'Por esta razón, a los pacientes con bombas de gas se les informa sobre la fiebre, los baños calientes, las saunas y los vuelos.',
    ],
    teacherNotes: [
      'Objetivo: el alumno puede predecir en qué sentido cambia la dosis de una bomba de gas con la temperatura y la presión.',
      'Pide predicciones antes del resultado; después deja que los alumnos fijen su propia temperatura y altitud.',
      'El tamaño del cambio por grado y por altitud en este modelo es una estimación a partir de la física de la bomba, no una cifra del fabricante.',
    ],
  },
  {
    id: 'dead-space',
    title: 'El espacio muerto del catéter',
    intro: [
      'El catéter contiene fármaco. Tras una recarga con una concentración nueva, primero hay que expulsar la solución antigua del catéter, así que el cambio llega tarde al paciente.',
    ],
    steps: [
      {
        title: 'Una solución más concentrada',
        question:
          'Se recarga la bomba con una solución más concentrada y se baja su caudal para que la dosis diaria no cambie. Si no se hace nada más, ¿qué recibe el paciente en las horas siguientes?',
        choices: [
          {
            text: 'La misma dosis que antes, desde el primer momento',
            feedback:
              'Esa es la intención, pero el catéter sigue lleno de la solución antigua, más diluida, que ahora sale al caudal nuevo, más lento.',
          },
          {
            text: 'Menos de la dosis prevista durante un tiempo',
            correct: true,
            feedback:
              'Hasta que la solución antigua sale del catéter, el paciente recibe fármaco diluido a un caudal lento: infradosificación.',
          },
          {
            text: 'Más de la dosis prevista durante un tiempo',
            feedback:
              'En este caso no: la solución antigua es más diluida, así que al nuevo caudal, más lento, el paciente recibe menos, no más.',
          },
        ],
        lookAt: ['la dosis diaria después de la recarga', 'cuánto dura el descenso'],
        explain: [
          'El retraso es el volumen del catéter dividido por el caudal: un catéter largo a un caudal lento puede tardar más de un día.',
        ],
      },
      {
        title: 'El bolo puente',
        question:
          'Un bolo puente expulsa la solución antigua del catéter al caudal antiguo justo después de la recarga. ¿Qué pasa con la dosis que recibe el paciente?',
        choices: [
          {
            text: 'Baja igual que sin el bolo puente',
            feedback:
              'El descenso se debía a fármaco diluido que avanzaba al nuevo caudal lento; el bolo puente lo mueve al caudal antiguo.',
          },
          {
            text: 'Se mantiene cerca de la dosis prevista',
            correct: true,
            feedback:
              'La solución antigua sale al caudal que con ella da la dosis prevista, así que el paciente sigue recibiendo una dosis cercana a esa hasta que llega la solución nueva.',
          },
          {
            text: 'Se duplica durante un día',
            feedback:
              'El bolo puente va al caudal antiguo con la solución antigua, más diluida: la dosis que da es la de antes, no el doble.',
          },
        ],
        lookAt: [
          'la dosis diaria con el bolo puente junto a la misma recarga sin él',
          'cuánto menor es el descenso con el bolo puente',
        ],
        explain: [
          'Una junto a otra: sin el bolo puente la dosis cae a una fracción durante alrededor de un día; con él, el paciente apenas nota el cambio de solución.',
          'El mismo retraso aparece tras el implante: un catéter vacío tiene que llenarse antes de que llegue fármaco al líquido cefalorraquídeo (la segunda historia).',
        ],
      },
    ],
    summary: [
      'El catéter contiene un volumen de solución antigua que llega al paciente antes que la nueva.',
      'El retraso es el volumen del catéter dividido por el flujo: largo con caudales bajos.',
      'Un bolo puente expulsa la solución antigua al caudal antiguo, así que la dosis apenas baja.',
    ],
    teacherNotes: [
      'Objetivo: el alumno sabe explicar por qué un cambio de concentración llega tarde al paciente y qué hace un bolo puente.',
      'Pide a los alumnos que calculen el retraso a partir del volumen del catéter y del caudal antes de mostrar la gráfica.',
      'Relación con la práctica: el procedimiento de recarga de la propia bomba ofrece el bolo puente; consulta el volumen del catéter en el registro del implante.',
    ],
  },
  {
    id: 'mri',
    title: 'La resonancia magnética y tu bomba',
    intro: [
      'Un imán potente afecta de forma distinta a cada bomba. Algunas se detienen durante la exploración, otras pueden liberar fármaco y las bombas de gas siguen funcionando.',
    ],
    steps: [
      {
        title: 'Una bomba programable en el escáner',
        question: '¿Qué hace el motor de una bomba programable durante una resonancia magnética?',
        choices: [
          {
            text: 'Sigue funcionando con normalidad',
            feedback:
              'El imán inmoviliza el rotor del motor, así que la administración se detiene mientras el paciente está en el escáner.',
          },
          {
            text: 'Se detiene durante la exploración y normalmente vuelve a arrancar después',
            correct: true,
            feedback:
              'El rotor se bloquea en el campo magnético. Normalmente vuelve a arrancar cuando termina la exploración, pero se han descrito rearranques tardíos; por eso se comprueba la bomba con el programador después de cada exploración.',
          },
          {
            text: 'Funciona más deprisa',
            feedback: 'El campo detiene el rotor; no lo acelera.',
          },
        ],
        lookAt: [
          'la salida en la punta alrededor de la exploración',
          'la lista de eventos: cuándo empezó la exploración y cuándo se reanudó la administración',
        ],
        explain: [
          'En esta historia la bomba vuelve a arrancar con horas de retraso, un fallo descrito: la interrupción de la administración dura más que la propia exploración.',
        ],
      },
      {
        title: 'Una bomba con válvulas',
        question:
          'Una bomba de primera generación con válvulas (de acumulador) entra en el escáner sin haberla vaciado antes. ¿Cuál es el riesgo?',
        choices: [
          {
            text: 'Ninguno: se detiene como la bomba de motor',
            feedback:
              'No en este diseño: sus válvulas las mueven imanes, y en el campo pueden abrirse las dos a la vez.',
          },
          {
            text: 'Se abren las dos válvulas y el depósito se vacía en el paciente',
            correct: true,
            feedback:
              'Con las dos válvulas abiertas, el fármaco pasa directamente: una sobredosis. Por eso estas bombas se vacían antes de una exploración.',
          },
          {
            text: 'La batería explota',
            feedback: 'El peligro es que se abran las válvulas, no la batería.',
          },
        ],
        lookAt: [
          'la administración en el momento de la exploración',
          'compárala con la bomba de segunda generación',
        ],
        explain: [
          'Un diseño de válvula más reciente deja pasar solo un volumen pequeño y luego se cierra hasta que se reinicia la bomba. Cada tipo de bomba tiene sus propias instrucciones para la resonancia.',
        ],
      },
    ],
    summary: [
      'Una bomba de motor se detiene en el escáner y hay que comprobarla después: puede volver a arrancar tarde.',
      'Una bomba antigua con válvulas puede vaciarse en el paciente si no se vacía antes.',
      'Una bomba de gas sigue funcionando. Cada tipo de bomba tiene sus propias condiciones para la resonancia.',
    ],
    teacherNotes: [
      'Objetivo: el alumno sabe que cada tipo de bomba se comporta de forma distinta en la resonancia y por qué importa comprobarla después de la exploración.',
      'Pregunta: ¿qué harías antes y después de una resonancia con cada tipo de bomba?',
      'Trampa: esto es una simulación de comportamientos descritos, no el etiquetado de resonancia; sigue siempre las condiciones de resonancia del propio dispositivo.',
    ],
  },
  {
    id: 'refills-alarms-pocket',
    title: 'Recargas, alarmas e inyecciones en el bolsillo',
    intro: [
      'Las bombas deben recargarse cada pocos meses. La bomba avisa cuando el depósito está bajo, y otra vez cuando está vacío.',
    ],
    steps: [
      {
        title: 'Una recarga omitida',
        question:
          'Se omite la recarga de una bomba de baclofeno y el depósito se vacía. ¿Cuál es el peligro?',
        choices: [
          {
            text: 'Ninguno: el paciente simplemente no recibe fármaco',
            feedback:
              'No recibir fármaco es precisamente el peligro: suspender el baclofeno de forma brusca provoca un síndrome de abstinencia que puede poner en peligro la vida.',
          },
          {
            text: 'Abstinencia de baclofeno: fiebre, confusión y rigidez intensa',
            correct: true,
            feedback:
              'La abstinencia brusca de baclofeno causa fiebre alta, alteración del estado mental y espasticidad de rebote; en casos raros es mortal.',
          },
          {
            text: 'Una sobredosis',
            feedback: 'No con una bomba vacía: el riesgo es demasiado poco fármaco, no demasiado.',
          },
        ],
        lookAt: ['el depósito vaciándose', 'las alarmas de depósito bajo y vacío en los eventos'],
        explain: [
          'La bomba da la alarma antes de vaciarse, lo que deja tiempo para recargarla. La alarma solo sirve si el paciente la oye y actúa.',
        ],
      },
      {
        title: 'Una inyección en el bolsillo',
        question:
          'En una recarga la aguja no entra en el puerto y el fármaco va al bolsillo bajo la piel que rodea la bomba. ¿Adónde va?',
        choices: [
          {
            text: 'Se queda en el bolsillo y no hace nada',
            feedback:
              'El tejido lo absorbe hacia la sangre, donde una dosis grande puede actuar en todo el cuerpo.',
          },
          {
            text: 'A la sangre, lo que puede causar una sobredosis',
            correct: true,
            feedback:
              'Todo un depósito de fármaco concentrado bajo la piel llega a la sangre: riesgo de sobredosis.',
          },
          {
            text: 'Al líquido cefalorraquídeo, como se pretendía',
            feedback: 'Solo el depósito de la bomba está conectado al catéter; el bolsillo no.',
          },
        ],
        lookAt: [
          'el fármaco en la sangre después de la recarga',
          'los eventos: la inyección en el bolsillo y después la bomba vaciándose',
        ],
        explain: [
          'La bomba tampoco recibió su recarga, así que poco después se vacía: primero una sobredosis y luego el riesgo de abstinencia.',
          'Comprobar que coinciden el volumen aspirado del depósito y el volumen inyectado, y que la aguja está en el puerto, ayuda a detectar una inyección en el bolsillo.',
        ],
      },
    ],
    summary: [
      'Una recarga omitida vacía la bomba: con baclofeno eso significa una abstinencia peligrosa.',
      'Una inyección en el bolsillo lleva fármaco concentrado a la sangre: riesgo de sobredosis.',
      'Las alarmas y una técnica de recarga cuidadosa son la red de seguridad.',
    ],
    teacherNotes: [
      'Objetivo: el alumno sabe nombrar los dos peligros de la recarga y las comprobaciones que los evitan.',
      'Representad la recarga: quién la programa, quién oye la alarma, qué se comprueba en el puerto.',
      'La cantidad de la inyección en el bolsillo en la historia ilustra un evento descrito, no uno típico.',
    ],
  },
  {
    id: 'battery',
    title: 'Batería y reemplazo',
    intro: [
      'Una bomba programable funciona con una batería que dura años. No se puede recargar: cuando se agota, se reemplaza la bomba entera.',
    ],
    steps: [
      {
        title: 'Cuando se agota la batería',
        question: '¿Cómo sabe el equipo cuándo hay que reemplazar una bomba programable?',
        choices: [
          {
            text: 'La bomba se detiene un día sin avisar',
            feedback: 'La bomba avisa meses antes de detenerse, para que el reemplazo se pueda planificar.',
          },
          {
            text: 'Un indicador de reemplazo electivo avisa con meses de antelación',
            correct: true,
            feedback:
              'El indicador de reemplazo electivo (ERI) se activa meses antes del fin de servicio, a tiempo para planificar la cirugía.',
          },
          {
            text: 'La batería se recarga a través de la piel',
            feedback: 'No en estas bombas: la batería está sellada dentro y no se puede recargar.',
          },
        ],
        lookAt: ['la batería a lo largo de los años', 'el ERI y el reemplazo de la bomba en los eventos'],
        explain: [
          'Cuánto dura la batería depende de cuánto trabaje la bomba: caudales más altos y más bolos la gastan antes.',
        ],
      },
    ],
    summary: [
      'La batería marca la vida útil de una bomba programable; la bomba se reemplaza cuando se agota.',
      'El indicador de reemplazo electivo avisa con meses de antelación.',
      'Una bomba de gas no tiene batería, así que no tiene ese fin de servicio.',
    ],
    teacherNotes: [
      'Objetivo: el alumno sabe qué significa ERI y por qué el reemplazo se planifica y no es una urgencia.',
      'Para comentar: ¿qué le pasa a un paciente con baclofeno si no se atiende el aviso?',
    ],
  },
  {
    id: 'screening-trial',
    title: 'La prueba de cribado',
    intro: [
      'Antes de implantar una bomba, una prueba comprueba que el fármaco ayuda: un bolo de prueba (o unos días de infusión continua con una bomba externa) y una evaluación.',
    ],
    steps: [
      {
        title: 'Quién responde',
        question: '¿Responden todos los pacientes de una prueba de cribado a la dosis de prueba?',
        choices: [
          {
            text: 'Sí, el fármaco siempre funciona por vía intratecal',
            feedback:
              'Los pacientes son distintos: algunos no responden a una dosis que ayuda a otros, y por eso se hace la prueba.',
          },
          {
            text: 'No: algunos no responden, y a ellos no se les ofrece una bomba',
            correct: true,
            feedback:
              'La prueba ahorra una operación a los que no responden; la dosis de quien responde orienta además la dosis inicial de la bomba.',
          },
        ],
        lookAt: ['la cronología del paciente con dosis y evaluaciones', 'cuántos pacientes responden'],
        explain: [
          'Una prueba con bolos da una dosis de prueba cada vez y observa el efecto durante horas; una prueba continua dura días con una bomba externa, más parecida a la vida con el implante.',
        ],
      },
    ],
    summary: [
      'Una prueba de cribado pone a prueba el fármaco antes de la operación.',
      'No todos los pacientes responden; la prueba ahorra una bomba a los que no responden.',
      'La dosis de la prueba orienta la dosis inicial de la bomba.',
    ],
    teacherNotes: [
      'Objetivo: el alumno sabe explicar por qué la prueba va antes del implante y cómo se valora una respuesta.',
      'Pregunta: ¿qué contaría como respuesta en la espasticidad, y en el dolor?',
    ],
  },
  {
    id: 'tolerance-withdrawal',
    title: 'Tolerancia y abstinencia',
    intro: [
      'Los pacientes con bomba de morfina suelen haber tomado opioides durante semanas o meses antes de la bomba. El cuerpo se adapta a un fármaco que recibe cada día: se vuelve tolerante a algunos efectos y llega a depender del fármaco.',
    ],
    steps: [
      {
        title: 'La misma dosis, dos pacientes',
        question:
          'Dos pacientes reciben los mismos 3 mg de morfina intratecal al día: uno ha tomado opioides durante meses y el otro nunca. ¿Quién tiene más somnolencia?',
        choices: [
          {
            text: 'Los dos igual: la dosis es la misma',
            feedback:
              'La dosis es la misma, pero los pacientes no: la tolerancia a la somnolencia se desarrolla en pocos días de uso regular de opioides.',
          },
          {
            text: 'El paciente que nunca tomó opioides',
            correct: true,
            feedback:
              'Correcto: el paciente tolerante apenas nota somnolencia con una dosis que seda a quien empieza. Los inicios, los aumentos de dosis y las pruebas en pacientes sin tratamiento opioide previo son los momentos de mayor peligro.',
          },
          {
            text: 'El paciente que lleva meses con opioides',
            feedback:
              'Al contrario: meses de opioides hacen tolerante al paciente, así que la misma dosis lo seda mucho menos.',
          },
        ],
        lookAt: [
          'la sedación del paciente crónico y la del paciente sin tratamiento opioide previo, con la misma dosis',
        ],
        explain: [
          'La tolerancia a la somnolencia y a la depresión respiratoria se desarrolla en días; la tolerancia al alivio del dolor, más despacio, en semanas, y esa es una de las razones por las que las dosis van subiendo a lo largo de meses y años.',
        ],
      },
      {
        title: 'Reiniciar tras una interrupción',
        question:
          'Un paciente tolerante pasa dos semanas sin morfina y luego la reinicia a la dosis antigua. ¿Qué pasa con la somnolencia tras el reinicio?',
        choices: [
          {
            text: 'Nada: el paciente sigue siendo tolerante',
            feedback: 'La tolerancia no dura: desaparece en una o dos semanas sin el fármaco.',
          },
          {
            text: 'Más somnolencia que antes de la interrupción',
            correct: true,
            feedback:
              'Correcto: sin tolerancia, la dosis antigua actúa casi como un primer inicio. Por eso un reinicio tras una interrupción empieza con una dosis menor.',
          },
        ],
        lookAt: [
          'la sedación antes y después de las dos semanas de interrupción',
          'los eventos de la interrupción y del reinicio',
        ],
        explain: [
          'La tolerancia se desarrolla con la exposición y desaparece sin ella, así que el mismo programa puede ser seguro antes de una interrupción y demasiado fuerte después.',
        ],
      },
      {
        title: 'Cuando se vacía el depósito',
        question:
          'Una bomba de baclofeno se vacía tras una recarga omitida. ¿Cómo evoluciona la abstinencia mientras la bomba sigue vacía?',
        choices: [
          {
            text: 'Empieza de inmediato y se pasa en un día',
            feedback:
              'La abstinencia necesita tiempo para desarrollarse (de uno a tres días) y no desaparece por sí sola mientras falta el fármaco.',
          },
          {
            text: 'Se desarrolla en uno a tres días y persiste hasta que se restablece el fármaco',
            correct: true,
            feedback:
              'Correcto: tras semanas de baclofeno diario el cuerpo depende de él. Primero aparecen el picor y la vuelta de la espasticidad; después pueden llegar la fiebre, la confusión y la rigidez, que pueden poner en peligro la vida.',
          },
          {
            text: 'No hay abstinencia: el fármaco se daba en la columna, no por boca',
            feedback:
              'El baclofeno intratecal lleva una advertencia destacada precisamente por esto: la pérdida brusca del fármaco puede poner en peligro la vida.',
          },
        ],
        lookAt: [
          'la abstinencia y la dependencia después de que se vacíe el depósito',
          'las alarmas y los eventos de abstinencia',
        ],
        explain: [
          'La dependencia se debe a días de exposición mantenida: una única dosis de prueba es demasiado breve para causarla, así que un bolo de cribado no deja efecto rebote.',
        ],
      },
    ],
    summary: [
      'Un paciente crónico tolerante no queda sedado con una dosis que seda a uno sin tratamiento opioide previo.',
      'La tolerancia desaparece en semanas sin el fármaco: tras una interrupción, reinicia con una dosis menor.',
      'La abstinencia sigue a una exposición mantenida, se desarrolla en uno a tres días y persiste hasta que se restablece el fármaco.',
    ],
    teacherNotes: [
      'Objetivo: el alumno sabe explicar por qué los inicios, los aumentos de dosis y los reinicios son los momentos peligrosos, y por qué una recarga omitida es una urgencia con baclofeno.',
      'Pregunta: ¿por qué el mismo programa se vuelve peligroso tras dos semanas de ingreso hospitalario sin recargar la bomba?',
      'Nota: las constantes de tiempo de la tolerancia y la dependencia son estimaciones didácticas.',
    ],
  },
];
