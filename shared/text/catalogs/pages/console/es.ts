import type { en } from './en';

const STATE =
  '{state, select, active {activa} expired {caducada} disabled {deshabilitada} deleted {eliminada} migrated {migrada} other {{state}}}';

export const es: Readonly<Record<keyof typeof en, string>> = {
  'console.title': 'Consola de partners de Keycard',
  'console.language': 'Idioma',
  'console.nav.label': 'Consola',
  'console.nav.who': '{name} ({partnerId})',
  'console.nav.redeem': 'Canjear claves de producto',
  'console.nav.customers': 'Clientes',
  'console.nav.signOut': 'Cerrar sesión',
  'console.outage.heading': 'Consola de partners de Keycard',
  'console.outage.retry': 'Reintentar',
  'console.signIn.heading': 'Iniciar sesión en Keycard',
  'console.signIn.token': 'Token de partner',
  'console.signIn.tokenHelp':
    'El token kcp_ que le dio su operador. Solo se guarda hasta que cierre el navegador.',
  'console.signIn.submit': 'Iniciar sesión',
  'console.signIn.tokenStopped':
    'Su token ya no funciona (puede que lo hayan sustituido). Inicie sesión de nuevo.',

  'console.problem.unauthenticated':
    'Este token no es válido. Puede que lo haya sustituido uno más reciente: pregunte a su operador.',
  'console.problem.network': 'No se puede conectar con Keycard. Compruebe su conexión e inténtelo de nuevo.',
  'console.problem.unavailable':
    'Keycard no está disponible en este momento. Inténtelo de nuevo en un momento.',
  'console.problem.busy': 'Keycard está ocupado en este momento. Inténtelo de nuevo en un momento.',
  'console.problem.invalidKeyFormat':
    'Una clave de producto tiene 25 letras y dígitos, en cinco grupos de cinco.',
  'console.problem.keyChecksumMismatch':
    'Esta clave tiene un error de escritura. Compare cada grupo de cinco con la tarjeta.',
  'console.problem.keyNotFound': 'Esta clave no se conoce. Compárela con la tarjeta.',
  'console.problem.keyAlreadyRedeemed': 'Esta clave ya se ha canjeado.',
  'console.problem.keyReserved': 'Esta clave se está canjeando en otro asistente.',
  'console.problem.keyRevoked': 'Esta clave se ha revocado y no se puede usar.',
  'console.problem.keySkuMismatch':
    'Todas las claves de un canje deben ser del mismo producto y la misma duración.',
  'console.problem.keyAlreadyAdded': 'Esta clave ya está en la lista.',
  'console.problem.tooManyFailedKeyAttempts':
    'Se han probado demasiadas claves desconocidas. Espere unos minutos e inténtelo de nuevo.',
  'console.problem.redemptionExpired': 'Este canje caducó antes de terminarse y sus claves se liberaron.',
  'console.problem.redemptionEmpty': 'Agregue primero al menos una clave de producto.',
  'console.problem.domainUnavailable': 'Este nombre de dominio ya está en uso. Elija otro.',
  'console.problem.domainPrefixFormat':
    'Un nombre de dominio tiene de 3 a 27 letras minúsculas y dígitos y empieza por una letra.',
  'console.problem.countryNotSupported': 'Keycard no se ofrece en este país.',
  'console.problem.partnerNotEligible':
    'Solo los partners inscritos en Cloud Essentials pueden ofrecer administración delegada.',
  'console.problem.offerAlreadyPending': 'Ya hay una oferta a este cliente esperando respuesta.',
  'console.problem.delegationAlreadyActive': 'Ya es administrador delegado de este cliente.',
  'console.problem.insufficientSeats': 'Estas claves dan menos puestos que las licencias ya asignadas.',
  'console.problem.subscriptionMigrated':
    'Esta suscripción pasó a facturación directa; las claves ya no se aplican a ella.',
  'console.problem.validationFailed': 'Algunos campos requieren atención.',
  'console.problem.fallback': 'Algo salió mal. Inténtelo de nuevo.',
  'console.problem.forbidden': 'No tiene permiso para hacer esto con este cliente o esta suscripción.',
  'console.problem.notFound': 'No se ha encontrado. Puede que se haya eliminado o que no sea suyo.',
  'console.problem.consoleRequest':
    'La consola envió una solicitud que Keycard no puede aceptar. Vuelva a cargar la página e inténtelo de nuevo.',
  'console.problem.invalidText':
    'Este texto contiene caracteres de control invisibles (quizá pegados de otro documento). Escríbalo de nuevo.',
  'console.problem.invalidContinuationToken': 'La lista cambió mientras la leía. Ábrala de nuevo.',
  'console.problem.idempotencyKeyReused':
    'Esta solicitud ya se envió con otros datos. Vuelva a cargar la página e inténtelo de nuevo.',
  'console.problem.requestInProgress':
    'Esto ya se está haciendo. Espere un momento y compruebe el resultado antes de volver a intentarlo.',
  'console.problem.preconditionFailed':
    'Alguien lo ha cambiado mientras tanto. Vuelva a cargarlo y repita su cambio.',
  'console.problem.partnerExists': 'Ya hay un partner registrado con este identificador de programa.',
  'console.problem.attestationRequired':
    'Confirme primero que es la persona adecuada para canjear claves de producto para su organización.',
  'console.problem.tooManyKeys':
    'Este canje ya tiene todas las claves posibles. Termínelo y canjee las demás en uno nuevo.',
  'console.problem.redemptionNotOpen':
    'Estas claves ya están confirmadas y no se pueden cambiar. Continúe con el paso 2.',
  'console.problem.redemptionNotConfirmed': 'Verifique y confirme las claves antes del paso 2.',
  'console.problem.redemptionCompleted':
    'Este canje ya ha terminado y sus claves se han usado. Canjee más claves para empezar de nuevo.',
  'console.problem.partnerNotFound': 'Este partner no está registrado en Keycard.',
  'console.problem.invalidCountryCode': 'Elija de la lista el país o la región del cliente.',
  'console.problem.unsupportedLanguage':
    'Keycard no escribe en este idioma. Elija inglés, italiano, alemán, francés o español.',
  'console.problem.keyTermTooShort':
    'Estas claves terminan antes que el periodo en curso de la suscripción, así que no pueden añadirle puestos. Renuévela con ellas, o use claves de mayor duración.',
  'console.problem.keyTermExceedsRemaining':
    'Estas claves duran más de 30 días después del fin del periodo en curso de la suscripción: esos días no se usarían. Renuévela con ellas, o use claves de menor duración.',
  'console.problem.prepaidTermRemaining':
    'Pasar ahora a la facturación directa haría perder días prepagados de esta suscripción. Confirme que renuncia a ellos.',
  'console.problem.subscriptionNotActive':
    'Esta suscripción no está activa (ha caducado o está desactivada), así que no se le pueden añadir puestos. Renuévela con estas claves.',
  'console.problem.subscriptionDisabled':
    'Esta suscripción está desactivada. Renuévela antes de añadir usuarios.',
  'console.problem.subscriptionDeleted': 'Esta suscripción se ha eliminado y ya no se puede cambiar.',
  'console.problem.noLicensesAvailable':
    'Todas las licencias de esta suscripción están asignadas. Añada puestos o añada el usuario sin licencia.',
  'console.problem.userExists': 'Este cliente ya tiene un usuario con este nombre de usuario.',
  'console.problem.lastAdmin':
    'Es el último administrador global del cliente. Nombre antes a otra persona administrador global.',
  'console.problem.userNotAdministrator':
    'Solo se puede enviar un nuevo token de acceso a un administrador global con correo de contacto.',
  'console.problem.offerExpired': 'Esta oferta ha caducado (las ofertas duran 90 días). Envíe una nueva.',
  'console.problem.offerUsed': 'Esta oferta ya ha sido respondida.',
  'console.problem.offerWithdrawn': 'Esta oferta se ha retirado.',
  'console.problem.notificationNotFailed': 'Solo se puede reenviar una notificación que haya fallado.',
  'console.problem.internalError':
    'Keycard ha tenido un error interno. Inténtelo de nuevo; si vuelve a ocurrir, avise a su operador.',

  'console.field.key': 'Escriba las 25 letras y cifras de la clave, tal como aparecen en la tarjeta.',
  'console.field.organizationName':
    'Escriba el nombre de la organización del cliente (hasta 256 caracteres).',
  'console.field.firstName': 'Escriba el nombre del administrador (hasta 64 caracteres).',
  'console.field.lastName': 'Escriba los apellidos del administrador (hasta 64 caracteres).',
  'console.field.email': 'Escriba el correo electrónico del administrador, como nombre@ejemplo.es.',
  'console.field.phone': 'Escriba un número de teléfono, como +34 91 123 4567.',
  'console.field.choice': 'Marque esta casilla o déjela vacía.',
  'console.field.subscription': 'Elija una de sus suscripciones de la lista.',
  'console.field.offerMessage': 'Escriba un mensaje al cliente (hasta 2000 caracteres).',
  'console.field.other': 'Keycard no aceptó este valor. Vuelva a cargar la página e inténtelo de nuevo.',

  'console.wizard.heading': 'Canjear claves de producto',
  'console.wizard.stepKeys':
    'Escriba cada clave de 25 caracteres de las tarjetas; agregue todas las que tenga.',
  'console.wizard.stepVerify': 'Compruebe que todo es correcto y confirme.',
  'console.wizard.stepCustomer':
    'Paso 2: cree la cuenta del cliente o agregue las claves a una suscripción existente.',
  'console.wizard.finishHere':
    'Termine en esta ventana: si la cierra, las claves se liberan y empieza de nuevo.',
  'console.wizard.attestation':
    'Soy la persona adecuada para canjear claves de producto para mi organización',
  'console.wizard.attestationFirst': 'Confirme primero que es la persona adecuada.',
  'console.wizard.attestationTick': 'Marque esta casilla para continuar.',
  'console.wizard.start': 'Empezar',
  'console.wizard.startAgain': 'Empezar de nuevo',

  'console.keys.heading': 'Agregar claves de producto',
  'console.keys.field': 'Clave de producto',
  'console.keys.fieldHelp': '25 letras y dígitos, tal como están impresos en la tarjeta.',
  'console.keys.add': 'Agregar clave de producto',
  'console.keys.addAnother': 'Agregar otra clave de producto',
  'console.keys.listHeading': 'Claves de este canje',
  'console.keys.listLabel': 'Claves agregadas',
  'console.keys.item':
    '{product}, {seats, plural, one {# puesto} other {# puestos}}, {months, plural, one {# mes} other {# meses}}',
  'console.keys.remove': 'Quitar',
  'console.keys.removeLabel': 'Quitar la clave {key}',
  'console.keys.next': 'Siguiente: comprobar',

  'console.verify.heading': 'Compruebe que todo es correcto',
  'console.verify.product': 'Producto',
  'console.verify.seats': 'Puestos',
  'console.verify.term': 'Duración',
  'console.verify.months': '{months, plural, one {# mes} other {# meses}}',
  'console.verify.keys': 'Claves',
  'console.verify.back': 'Volver a las claves',
  'console.verify.confirm': 'Confirmar',

  'console.confirmed.heading': 'Claves de producto agregadas',
  'console.confirmed.text': 'Las claves están reservadas para este canje. Ahora úselas para un cliente.',
  'console.confirmed.next': 'Empezar el paso 2',

  'console.customer.heading': 'Paso 2: el cliente',
  'console.customer.new': 'Un cliente nuevo',
  'console.customer.country': 'País o región',
  'console.customer.countryHelp': 'Un país que no está en esta lista no tiene servicio.',
  'console.customer.chooseCountry': 'Elija un país',
  'console.customer.organization': 'Nombre de la organización',
  'console.customer.domain': 'Nombre de dominio',
  'console.customer.available': '{domain} está disponible.',
  'console.customer.taken': '{domain} ya está en uso.',
  'console.customer.adminHeading': 'El administrador del cliente',
  'console.customer.firstName': 'Nombre',
  'console.customer.lastName': 'Apellidos',
  'console.customer.email': 'Correo electrónico',
  'console.customer.emailHelp': 'Aquí llega el correo de bienvenida con el token de inicio de sesión.',
  'console.customer.roleHeading': 'Su función',
  'console.customer.partnerOfRecord': 'Ser el Partner of Record de esta suscripción',
  'console.customer.delegated':
    'Ser desde ahora administrador delegado del cliente (el cliente puede retirarlo en cualquier momento)',
  'console.customer.create': 'Crear la cuenta',
  'console.customer.existing': 'O una suscripción existente',
  'console.customer.subscription': 'Suscripción',
  'console.customer.subscriptionOption':
    '{product}, {seats, plural, one {# puesto} other {# puestos}}, termina el {end, date, long} ({ref})',
  'console.customer.renew': 'Renovarla con estas claves',
  'console.customer.addSeats': 'Agregarle estos puestos',
  'console.customer.addSeatsAnyway': 'Añadir los puestos de todos modos',
  'console.customer.unusedDays':
    'Estas claves duran {days, plural, one {# día} other {# días}} más allá del fin del periodo en curso de la suscripción: esos días no se usarían. Añada los puestos de todos modos, o renueve la suscripción con estas claves.',

  'console.done.heading': 'Hecho',
  'console.done.customer': 'Cliente',
  'console.done.subscription': 'Suscripción',
  'console.done.subscriptionValue': `{product}, {seats, plural, one {# puesto} other {# puestos}}, ${STATE}`,
  'console.done.term': 'Duración',
  'console.done.administrator': 'Administrador',
  'console.done.administratorValue': '{name} ({userName}), con licencia',
  'console.done.welcomeSent':
    'El administrador ha recibido un correo de bienvenida con su token de inicio de sesión.',
  'console.done.applied': 'Las claves se han aplicado.',
  'console.done.notices':
    'Los avisos de renovación se envían a los administradores del cliente y al Partner of Record 60, 30, 7 y 1 días antes del {end, date, long}.',
  'console.done.again': 'Canjear más claves',

  'console.customers.heading': 'Clientes',
  'console.customers.none': 'Todavía no hay clientes. Canjee claves de producto para crear uno.',
  'console.tenant.name': '{organization} ({domain})',
  'console.tenant.place': '{domain}, {country}',
  'console.tenant.subscriptions': 'Suscripciones',
  'console.tenant.subscription': `{product}: ${STATE}`,
  'console.tenant.seatsUsed':
    '{assigned} de {seats, plural, one {# puesto usado} other {# puestos usados}}, del {start, date, long} al {end, date, long}',
  'console.term.span': 'del {start, date, long} al {end, date, long}',
  'console.term.label': 'Duración del {start, date, long} al {end, date, long}',
  'console.term.ends': 'Termina el {at, date, long}',
  'console.term.notice':
    'Aviso {days, plural, one {# día} other {# días}} antes, el {at, date, long} ({status, select, scheduled {programado} sent {enviado} skipped {omitido} done {hecho} other {{status}}})',
  'console.tenant.users': 'Usuarios',
  'console.tenant.user':
    '{name} ({userName}){licensed, select, yes {, con licencia} other {}}{admin, select, yes {, administrador global} other {}}',
  'console.tenant.usersHidden': 'Solo un administrador delegado ve los usuarios.',
  'console.tenant.delegates': 'Administradores delegados',
  'console.tenant.delegate': '{name} desde el {since, date, long}',
  'console.tenant.none': 'Ninguno.',
  'console.tenant.offerMessage': 'Mensaje al cliente',
  'console.tenant.offer': 'Ofrecer administración delegada',
  'console.tenant.offerSent':
    'Enviada: los administradores del cliente han recibido por correo un enlace para aceptar o rechazar.',
  'console.tenant.notifications': 'Notificaciones enviadas',
  'console.tenant.notification': '{type}: {status}, {at, date, long}',
  'console.tenant.noneYet': 'Ninguna por ahora.',
  'console.tenant.all': 'Todos los clientes',
};
