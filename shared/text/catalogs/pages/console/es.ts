import { esCustomer } from './customer/es';
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
  'console.nav.renewals': 'Renovaciones pendientes',
  'console.nav.integrations': 'Integraciones',
  'console.integrations.heading': 'Integraciones',
  'console.integrations.title': 'Integraciones · Keycard',
  'console.integrations.intro':
    'Keycard envía sus eventos (un canje completado, una renovación pendiente, una suscripción vencida…) a sus herramientas como webhooks: una solicitud HTTPS a cada endpoint que añada aquí, firmada con el secreto de ese endpoint según la especificación Standard Webhooks.',
  'console.integrations.endpoints': 'Sus endpoints',
  'console.integrations.count':
    '{count, plural, =0 {Todavía no hay ningún endpoint: añada uno abajo.} one {# endpoint, de 10 como máximo.} other {# endpoints, de 10 como máximo.}}',
  'console.integrations.url': 'URL',
  'console.integrations.description': 'Descripción',
  'console.integrations.events': 'Eventos',
  'console.integrations.state': 'Estado',
  'console.integrations.allEvents': 'Todos los eventos, incluidos los tipos que se añadan más adelante',
  'console.integrations.enabled': 'Activado: los eventos se envían en cuanto ocurren.',
  'console.integrations.disabledByYou':
    'Desactivado por usted el {at}. Sus eventos quedan retenidos y se enviarán cuando lo vuelva a activar.',
  'console.integrations.disabledFailing':
    'Desactivado por Keycard el {at}: todas las entregas han fallado desde el {since}. Sus eventos quedan retenidos y se enviarán cuando lo vuelva a activar.',
  'console.integrations.failing':
    'Todas las entregas fallan desde el {since}. Tras 3 días de fallos, Keycard desactiva el endpoint y le avisa por correo electrónico.',
  'console.integrations.lastErrors': 'Últimos errores',
  'console.integrations.errorAt': '{at}: {error}',
  'console.integrations.enableAgain': 'Volver a activar',
  'console.integrations.enableNote':
    'Al volver a activarlo se envían los eventos retenidos mientras estaba desactivado.',
  'console.integrations.disable': 'Desactivar',
  'console.integrations.disabledNow':
    'El endpoint está desactivado. Sus eventos quedan retenidos hasta que lo vuelva a activar.',
  'console.integrations.enabledNow':
    'El endpoint vuelve a estar activado: se están enviando los eventos retenidos mientras tanto.',
  'console.integrations.test': 'Enviar evento de prueba',
  'console.integrations.testSent': 'Evento de prueba enviado. Su entrega aparecerá abajo en un momento.',
  'console.integrations.testOutcome':
    '{status, select, delivered {El evento de prueba se ha entregado.} failed {El evento de prueba no se ha podido entregar: sus intentos aparecen abajo.} other {El evento de prueba sigue en camino: actualice las entregas para verlo llegar.}}',
  'console.integrations.rotate': 'Renovar el secreto',
  'console.integrations.rotateConfirm':
    '¿Crear un nuevo secreto de firma para este endpoint? El actual seguirá firmando los mensajes durante 24 horas, para que tenga tiempo de instalar el nuevo.',
  'console.integrations.rotateYes': 'Crear un nuevo secreto',
  'console.integrations.rotateNo': 'Conservar el actual',
  'console.integrations.delete': 'Eliminar',
  'console.integrations.deleteConfirm':
    '¿Eliminar el endpoint {url}? No se le enviará nada más y no se puede deshacer.',
  'console.integrations.deleteYes': 'Eliminar el endpoint',
  'console.integrations.deleteNo': 'Conservarlo',
  'console.integrations.deleted': 'Se ha eliminado el endpoint {url}.',
  'console.integrations.secretHeading': 'El secreto de firma de {url}',
  'console.integrations.secretOnce':
    'Cópielo ahora y guárdelo en su herramienta: Keycard no lo volverá a mostrar.',
  'console.integrations.secretLabel': 'Secreto de firma',
  'console.integrations.copy': 'Copiar el secreto',
  'console.integrations.copied': 'Copiado.',
  'console.integrations.copyFailed': 'No se ha podido copiar: selecciónelo y cópielo usted.',
  'console.integrations.secretDone': 'Ya lo he guardado',
  'console.integrations.rotated':
    'Hasta el {until}, el secreto anterior también firma cada mensaje (durante 24 horas), así su herramienta acepta ambos mientras instala el nuevo.',
  'console.integrations.add': 'Añadir un endpoint',
  'console.integrations.urlHelp':
    'Adónde envía Keycard los eventos: una dirección https en la que su herramienta responde 2xx en menos de 10 segundos.',
  'console.integrations.descriptionHelp': 'Qué es, para su equipo (opcional, 200 caracteres como máximo).',
  'console.integrations.eventsLegend': 'Eventos que enviar',
  'console.integrations.typesNeeded': 'Elija al menos un evento, o todos los eventos.',
  'console.integrations.addSubmit': 'Añadir endpoint',
  'console.integrations.urlField': 'Escriba la dirección completa de su endpoint, empezando por https://.',
  'console.integrations.descriptionField': 'Una descripción tiene 200 caracteres como máximo.',
  'console.integrations.sinceField': 'Escriba un momento de los últimos 30 días, no en el futuro.',
  'console.integrations.eventType':
    '{type, select, redemption_completed {Canje completado} subscription_created {Suscripción creada} subscription_renewed {Suscripción renovada} subscription_seats_added {Licencias añadidas} subscription_renewal_due {Renovación pendiente} subscription_expired {Suscripción vencida} subscription_disabled {Suscripción desactivada} subscription_deleted {Suscripción eliminada} subscription_switched_to_direct_billing {Pasada a facturación directa} partner_of_record_changed {Partner of Record cambiado} delegation_offer_accepted {Oferta de administración delegada aceptada} delegation_offer_declined {Oferta de administración delegada rechazada} delegation_offer_expired {Oferta de administración delegada vencida} delegated_admin_removed {Administrador delegado retirado} ping {Evento de prueba} other {{type}}}',
  'console.integrations.deliveries': 'Entregas recientes',
  'console.integrations.noDeliveries': 'Todavía no se ha enviado nada a este endpoint.',
  'console.integrations.deliveryStatus':
    '{status, select, pending {Pendiente} delivered {Entregado} failed {Fallido: todos los intentos han fallado} held {Retenido mientras el endpoint está desactivado} other {{status}}}',
  'console.integrations.nextAttempt': 'Próximo intento: {at}.',
  'console.integrations.eventAt': 'Evento del {at}',
  'console.integrations.attempt':
    '{at}: {answered, select, yes {HTTP {status}} other {sin respuesta}} tras {ms} ms',
  'console.integrations.noAttempts': 'Todavía ningún intento.',
  'console.integrations.redeliver': 'Volver a enviar',
  'console.integrations.redelivered': 'Enviado de nuevo: sus nuevos intentos aparecen en la lista.',
  'console.integrations.refresh': 'Actualizar las entregas',
  'console.integrations.more': 'Mostrar más entregas',
  'console.integrations.redeliverSince': 'Volver a enviar desde…',
  'console.integrations.sinceLabel': 'Todos los eventos desde (UTC)',
  'console.integrations.sinceHelp':
    'En los últimos 30 días: se vuelve a enviar cada evento desde ese momento de los tipos que recibe este endpoint.',
  'console.integrations.sinceSubmit': 'Volver a enviar estos eventos',
  'console.integrations.queued':
    '{queued, plural, =0 {No hay ningún evento desde ese momento que volver a enviar.} one {Se está volviendo a enviar # evento.} other {Se están volviendo a enviar # eventos.}}',
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
  'console.problem.tooManyWebhookEndpoints':
    'Keycard guarda como máximo 10 endpoints de webhook por partner. Elimine primero uno que ya no use.',
  'console.problem.webhookUrlForbidden':
    'Keycard no puede enviar eventos a esta dirección. Use una URL https de un servidor público, no una dirección de una red privada o local.',
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
  'console.done.resumed': 'Este canje ha terminado: sus claves están aplicadas.',
  'console.title.wizardStart': 'Canjear claves de producto — paso {step} de {steps} · Keycard',
  'console.title.wizard': '{heading} — Canjear claves de producto, paso {step} de {steps} · Keycard',
  'console.wizard.progress': 'Paso {step} de {steps}',
  'console.wizard.renewing':
    'Ha elegido una suscripción para renovar: añada las claves y el paso 2 le ofrecerá renovarla con ellas.',
  'console.wizard.cancel': 'Cancelar el canje',
  'console.wizard.cancelAsk':
    '¿Cancelar este canje? {keys, plural, =0 {Vuelve a empezar desde el principio.} one {Su clave se libera enseguida y vuelve a empezar desde el principio.} other {Sus # claves se liberan enseguida y vuelve a empezar desde el principio.}}',
  'console.wizard.cancelYes': 'Sí, cancelarlo',
  'console.wizard.cancelNo': 'No, continuar',
  'console.wizard.cancelled':
    'El canje está cancelado y sus claves están liberadas. Empiece uno nuevo cuando quiera.',
  'console.wizard.cancelFailed': 'El canje todavía no está cancelado: inténtelo de nuevo.',
  'console.wizard.cancelCompleted':
    'Este canje ya ha terminado: sus claves están usadas, así que ya no se puede cancelar.',
  'console.wizard.cancelInProgress':
    'Este canje se está completando ahora mismo, así que no se puede cancelar. Espere un momento y vuelva a cargar la página para ver el resultado.',
  'console.wizard.resumedExpired':
    'El canje que tenía abierto caducó antes de terminar y sus claves se liberaron. Empiece uno nuevo.',
  'console.wizard.resumedAbandoned':
    'El canje que tenía abierto se canceló y sus claves se liberaron. Empiece uno nuevo.',
  'console.wizard.resumedGone': 'El canje que tenía abierto ya no existe. Empiece uno nuevo.',
  'console.keys.confirmedNote':
    'Estas claves están confirmadas, así que la lista ya no puede cambiar. Siga con el paso 2 o cancele el canje para volver a empezar.',
  'console.keys.elsewhere': 'Esta clave está en otro de sus canjes, empezado el {at, date, long}.',
  'console.keys.openElsewhere': 'Abrir ese asistente',
  'console.keys.openElsewhereNote':
    '{keys, plural, =0 {Este asistente, todavía vacío, se cierra entonces.} one {Este asistente se cancela entonces y su clave se libera.} other {Este asistente se cancela entonces y sus # claves se liberan.}}',
  'console.customer.renewing': 'Renovar la suscripción elegida',
  'console.customer.renewingNote':
    'Ha elegido renovar esta suscripción con estas claves. Para crear en cambio un cliente nuevo, use el formulario de abajo.',
  'console.signOut.ask': 'Hay un canje en curso. Si cierra la sesión, se cancela y sus claves se liberan.',
  'console.signOut.yes': 'Cerrar sesión y cancelar el canje',
  'console.signOut.no': 'Seguir con la sesión',
  'console.signOut.failed': 'Sigue con la sesión iniciada y el canje no se ha cancelado.',

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
  'console.renewals.heading': 'Renovaciones pendientes',
  'console.renewals.intro':
    'Las suscripciones de sus clientes que terminan pronto, la más próxima primero. Renueve una con claves de producto antes de que termine, para que nadie pierda el acceso.',
  'console.renewals.horizon': 'Suscripciones que terminan en',
  'console.renewals.within': 'los próximos {days} días',
  'console.renewals.found':
    '{count, plural, one {# suscripción mostrada} other {# suscripciones mostradas}}, con fin en los próximos {days} días.',
  'console.renewals.none': 'Ninguna suscripción de sus clientes termina en los próximos {days} días.',
  'console.renewals.subscription': '{product} para {customer}',
  'console.renewals.state':
    '{state, select, active {Activa} expired {Vencida: todavía plenamente utilizable durante sus 30 días de gracia} disabled {Desactivada: solo sus administradores pueden iniciar sesión hasta que se renueve} other {{state}}}',
  'console.renewals.seats': '{seats, plural, one {# puesto} other {# puestos}}, {assigned} en uso',
  'console.renewals.ends':
    '{past, select, yes {Terminó el} other {Termina el}} {end, date, long} ({relative})',
  'console.renewals.noticesSent':
    'Avisos de renovación enviados: {list} {last, plural, one {día} other {días}} antes del fin.',
  'console.renewals.noNotices': 'Todavía no se ha enviado ningún aviso de renovación.',
  'console.renewals.renew': 'Renovar con claves',
  'console.renewals.direct': 'Facturación directa: se renueva sola.',
  'console.renewals.more': 'Mostrar más',
  ...esCustomer,
};
