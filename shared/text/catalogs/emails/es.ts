import type { en } from './en';

/**
 * Español (emails): "usted" throughout; Microsoft's Spanish terms (inquilino, administrador global,
 * clave de producto). Awaiting review by a native speaker (README).
 */
export const es: Readonly<Record<keyof typeof en, string>> = {
  'email.common.any.date': '{at, date, long}',
  'email.common.any.row': '{label}: {value}',
  'email.common.customer.greeting': 'Hola:',
  'email.common.customer.your_partner':
    'Su Partner of Record es {partnerName} (ID del programa de partners {programId}, {partnerEmail}).',
  'email.common.customer.no_partner':
    'Esta suscripción no tiene Partner of Record: cualquier partner del programa puede venderle claves de producto para renovarla.',
  'email.common.partner.greeting': 'Hola, {partnerName}:',
  'email.common.partner.label_customer': 'Cliente',
  'email.common.partner.label_domain': 'Dominio',
  'email.common.partner.label_subscription': 'Suscripción',
  'email.common.partner.label_product': 'Producto',
  'email.common.partner.label_seats': 'Licencias',
  'email.common.partner.value_seats':
    '{seats, plural, one {# licencia} other {# licencias}}, {assigned, plural, one {# asignada} other {# asignadas}}',
  'email.common.partner.label_term_end': 'Fin del periodo',
  'email.common.partner.label_admins': 'Administradores del cliente',
  'email.common.partner.value_admin': '{name}, {email}',
  'email.common.partner.customer_told':
    'Los administradores del cliente han recibido sobre esto un correo propio, en su idioma.',

  'email.welcome_admin.customer.subject': 'Su inquilino {domain} está listo',
  'email.welcome_admin.customer.greeting': 'Hola, {firstName}:',
  'email.welcome_admin.customer.intro':
    'Su organización {organization} ya tiene su inquilino {domain}, y usted es uno de sus administradores globales (nombre de usuario {userName}).',
  'email.welcome_admin.customer.token_label': 'Su token de administrador:',
  'email.welcome_admin.customer.usage':
    'Envíelo en el encabezado «{header}» de cada solicitud a la API de Keycard en {apiBaseUrl}. Manténgalo en secreto: cualquiera que lo tenga puede administrar su inquilino. Si lo pierde, otro administrador de su inquilino, o su administrador delegado, puede hacer que se le envíe uno nuevo.',
  'email.welcome_admin.customer.delegated_from_setup':
    '{partnerName} (ID del programa de partners {programId}) es administrador delegado de su inquilino desde su creación: puede administrar sus usuarios y suscripciones, y no ocupa ninguna licencia.',
  'email.welcome_admin.customer.delegated_since':
    '{partnerName} (ID del programa de partners {programId}) es administrador delegado de su inquilino desde el {since, date, long}: puede administrar sus usuarios y suscripciones, y no ocupa ninguna licencia.',
  'email.welcome_admin.customer.end_delegation':
    'Puede ponerle fin en cualquier momento enviando esta solicitud con su token; a partir de entonces, {partnerName} deja de administrar su inquilino:',

  'email.admin_token_reissued.customer.subject': 'Un nuevo token de administrador para {domain}',
  'email.admin_token_reissued.customer.greeting': 'Hola, {firstName}:',
  'email.admin_token_reissued.customer.by_partner':
    '{partnerName}, su administrador delegado, ha solicitado un nuevo token de administrador para usted (nombre de usuario {userName}, inquilino {domain}). Su token anterior ya no funciona.',
  'email.admin_token_reissued.customer.by_admin':
    'Otro administrador de su inquilino ha solicitado un nuevo token de administrador para usted (nombre de usuario {userName}, inquilino {domain}). Su token anterior ya no funciona.',
  'email.admin_token_reissued.customer.token_label': 'Su nuevo token:',
  'email.admin_token_reissued.customer.usage':
    'Envíelo en el encabezado «{header}» de cada solicitud a la API de Keycard en {apiBaseUrl}. Manténgalo en secreto.',

  'email.delegation_offer.customer.subject': '{partnerName} se ofrece a administrar {domain}',
  'email.delegation_offer.customer.intro':
    '{partnerName} (ID del programa de partners {programId}) se ofrece como administrador delegado de {organization} ({domain}).',
  'email.delegation_offer.customer.message_label': 'Su mensaje:',
  'email.delegation_offer.customer.explain':
    'Un administrador delegado puede administrar todos los servicios y suscripciones de su organización, y no ocupa ninguna licencia. Nada cambia si no acepta, y puede ponerle fin en cualquier momento.',
  'email.delegation_offer.customer.answer':
    'Acepte o rechace la oferta en su página, hasta el {expiresAt, date, long}:',
  'email.delegation_offer.customer.button': 'Ver la oferta',

  'email.delegation_accepted.partner.subject': 'Ahora administra {domain}',
  'email.delegation_accepted.partner.body':
    '{organization} ({domain}) ha aceptado su oferta del {offeredAt, date, long}: ahora es uno de sus administradores delegados y puede administrar sus usuarios y suscripciones. El cliente puede ponerle fin en cualquier momento; en ese caso se le avisará.',

  'email.partner_of_record_changed.any.named': '{name} (ID del programa de partners {programId})',
  'email.partner_of_record_changed.any.nobody': 'ningún partner',
  'email.partner_of_record_changed.customer.subject': 'Cambio de Partner of Record para {domain}',
  'email.partner_of_record_changed.customer.body':
    'El Partner of Record de la suscripción {product} de {organization} ({domain}, suscripción {subscriptionId}) es ahora {to}; antes: {from}.',
  'email.partner_of_record_changed.customer.now_partner':
    '{partnerName} recibe ahora los avisos de renovación de esta suscripción, ve su inquilino y puede renovarla con claves de producto.',
  'email.partner_of_record_changed.customer.now_nobody':
    'Ningún partner recibe ya los avisos de renovación de esta suscripción; usted sigue recibiéndolos.',
  'email.partner_of_record_changed.partner.subject':
    'Ahora es Partner of Record de {organization} ({domain})',
  'email.partner_of_record_changed.partner.body':
    'Ahora es el Partner of Record de la suscripción {product} de {organization} ({domain}); antes: {from}. A partir de ahora recibe sus avisos de renovación, ve el inquilino y puede renovarla o añadirle licencias con claves de producto.',
  'email.partner_of_record_changed.former_partner.subject':
    'Ya no es Partner of Record de {organization} ({domain})',
  'email.partner_of_record_changed.former_partner.body':
    'El Partner of Record de la suscripción {product} de {organization} ({domain}) es ahora {to}. Ya no recibe sus avisos de renovación ni puede renovarla. Sigue viendo el inquilino mientras sea su administrador delegado o Partner of Record de otra de sus suscripciones.',

  'email.renewal_notice.customer.subject': '{product} para {domain} termina el {end, date, long}',
  'email.renewal_notice.customer.intro':
    'La suscripción {product} de {organization} ({domain}, suscripción {subscriptionId}, {seats, plural, one {# licencia} other {# licencias}}) termina el {end, date, long}, dentro de {days, plural, one {# día} other {# días}}.',
  'email.renewal_notice.customer.follows':
    'Tras el fin, todos conservan el uso completo durante {graceDays, plural, one {# día} other {# días}}, hasta el {graceEnd, date, long}. Después, la suscripción se deshabilita: solo los administradores globales pueden iniciar sesión, y aún puede renovarse. El {deleteAt, date, long} se eliminan los usuarios y los datos de su organización.',
  'email.renewal_notice.customer.renew_partner':
    'Para renovar, pida a {partnerName}, su Partner of Record (ID del programa de partners {programId}, {partnerEmail}), una clave de producto de {product}: la canjea para esta suscripción, y el nuevo periodo continúa sin interrupción desde el {end, date, long}.',
  'email.renewal_notice.customer.renew_no_partner':
    'Para renovar, pida una clave de producto de {product} a un partner del programa: la canjea para esta suscripción, y el nuevo periodo continúa sin interrupción desde el {end, date, long}.',
  'email.renewal_notice.customer.renew_direct':
    'O bien cambie a la facturación directa: una nueva suscripción que se le factura directamente, activa de inmediato, que se renueva sola cada 12 meses. El cambio renuncia a los días prepagados que le queden a esta suscripción, así que conviene hacerlo poco antes del {end, date, long}.',
  'email.renewal_notice.partner.subject':
    'Renovación pendiente: {organization} ({domain}), {product}, termina el {end, date, long}',
  'email.renewal_notice.partner.intro':
    'La suscripción {product} de su cliente {organization}, de la que es Partner of Record, termina el {end, date, long}, dentro de {days, plural, one {# día} other {# días}}.',
  'email.renewal_notice.partner.action':
    'Para renovarla, canjee una clave de producto de {product} para la suscripción {subscriptionId} (en la consola, o con la API completando un canje con la acción renew). El nuevo periodo continúa desde el {end, date, long}; las claves deben dar al menos {assigned, plural, one {# licencia} other {# licencias}}, tantas como hay asignadas ahora.',
  'email.renewal_notice.partner.follows':
    'Si no se renueva, el cliente conserva el uso completo hasta el {graceEnd, date, long}; después la suscripción se deshabilita, y el {deleteAt, date, long} se eliminan sus usuarios y datos.',

  'email.subscription_expired.customer.subject':
    '{product} para {domain} ha terminado: uso completo hasta el {graceEnd, date, long}',
  'email.subscription_expired.customer.intro':
    'La suscripción {product} de {organization} ({domain}, suscripción {subscriptionId}, {seats, plural, one {# licencia} other {# licencias}}) terminó el {end, date, long}.',
  'email.subscription_expired.customer.now':
    'Todos conservan el uso completo hasta el {graceEnd, date, long}. Después, la suscripción se deshabilita: solo los administradores globales pueden iniciar sesión, y no se pueden añadir usuarios ni asignar licencias. El {deleteAt, date, long} se eliminan los usuarios y los datos de su organización.',
  'email.subscription_expired.customer.renew_partner':
    'Para renovar, pida a {partnerName}, su Partner of Record (ID del programa de partners {programId}, {partnerEmail}), una clave de producto de {product}: el nuevo periodo continúa desde el {end, date, long} y nadie pierde el acceso.',
  'email.subscription_expired.customer.renew_no_partner':
    'Para renovar, pida una clave de producto de {product} a un partner del programa: el nuevo periodo continúa desde el {end, date, long} y nadie pierde el acceso.',
  'email.subscription_expired.customer.renew_direct':
    'O bien cambie a la facturación directa: una nueva suscripción que se le factura directamente, activa de inmediato, que se renueva sola cada 12 meses.',
  'email.subscription_expired.partner.subject':
    'Terminada: {organization} ({domain}), {product}; uso completo hasta el {graceEnd, date, long}',
  'email.subscription_expired.partner.intro':
    'La suscripción {product} de su cliente {organization}, de la que es Partner of Record, terminó el {end, date, long} sin renovarse. El cliente conserva el uso completo hasta el {graceEnd, date, long}.',
  'email.subscription_expired.partner.action':
    'Renuévela ahora con una clave de producto de {product} para la suscripción {subscriptionId}: el nuevo periodo continúa desde el {end, date, long} y nadie pierde el acceso. Sin renovación se deshabilita el {graceEnd, date, long}, y sus usuarios y datos se eliminan el {deleteAt, date, long}.',

  'email.subscription_disabled.customer.subject': '{product} para {domain} está deshabilitada',
  'email.subscription_disabled.customer.intro':
    'La suscripción {product} de {organization} ({domain}, suscripción {subscriptionId}) terminó el {end, date, long} y no se renovó: ahora está deshabilitada. Solo los administradores globales pueden iniciar sesión, y no se pueden añadir usuarios ni asignar licencias.',
  'email.subscription_disabled.customer.deletion':
    'Los usuarios y los datos de su organización se conservan hasta el {deleteAt, date, long} y después se eliminan definitivamente.',
  'email.subscription_disabled.customer.renew_partner':
    'Renovar devuelve el acceso a todos de inmediato: pida a {partnerName}, su Partner of Record (ID del programa de partners {programId}, {partnerEmail}), una clave de producto de {product}; el nuevo periodo empieza el día en que se canjea.',
  'email.subscription_disabled.customer.renew_no_partner':
    'Renovar devuelve el acceso a todos de inmediato: pida una clave de producto de {product} a un partner del programa; el nuevo periodo empieza el día en que se canjea.',
  'email.subscription_disabled.customer.renew_direct':
    'O bien cambie a la facturación directa: una nueva suscripción que se le factura directamente, activa de inmediato, que se renueva sola cada 12 meses.',
  'email.subscription_disabled.partner.subject':
    'Deshabilitada: {organization} ({domain}), {product}; datos eliminados el {deleteAt, date, long}',
  'email.subscription_disabled.partner.intro':
    'La suscripción {product} de su cliente {organization}, de la que es Partner of Record, está deshabilitada desde el {graceEnd, date, long}: solo sus administradores globales pueden iniciar sesión.',
  'email.subscription_disabled.partner.action':
    'Una clave de producto de {product} canjeada para la suscripción {subscriptionId} devuelve el acceso a todos de inmediato; el nuevo periodo empieza el día en que se canjea. Sin renovación, sus usuarios y datos se eliminan el {deleteAt, date, long}.',

  'email.subscription_deleted.customer.subject': '{product} para {domain} y sus datos se han eliminado',
  'email.subscription_deleted.customer.body':
    'La suscripción {product} de {organization} ({domain}, suscripción {subscriptionId}) terminó el {end, date, long} y no se renovó. Como se anunció, sus usuarios y los datos de su organización se han eliminado, y el dominio {domain} ha quedado libre.',
  'email.subscription_deleted.customer.again':
    'Para volver a trabajar con nosotros, un partner del programa puede crearle una nueva suscripción con una nueva clave de producto.',
  'email.subscription_deleted.partner.subject': 'Eliminada: {organization} ({domain}), {product}',
  'email.subscription_deleted.partner.body':
    'La suscripción {product} {subscriptionId} de {organization} ({domain}), de la que era Partner of Record, terminó el {end, date, long} y no se renovó: ahora está eliminada, con sus usuarios y los datos del cliente, y el dominio {domain} ha quedado libre.',
  'email.subscription_deleted.partner.action':
    'Ya no se puede renovar. Para que este cliente vuelva, créele un nuevo inquilino con una nueva clave de producto.',

  'email.subscription_renewed.customer.subject':
    '{product} para {domain} renovada hasta el {end, date, long}',
  'email.subscription_renewed.customer.body':
    'La suscripción {product} de {organization} ({domain}, suscripción {subscriptionId}) se ha renovado con claves de producto canjeadas por {redeemerName}: ahora dura hasta el {end, date, long}, con {newSeats, plural, one {# licencia} other {# licencias}} en el nuevo periodo.',
  'email.subscription_renewed.partner.subject':
    'Renovada: {organization} ({domain}), {product}, hasta el {end, date, long}',
  'email.subscription_renewed.partner.body':
    'La suscripción {product} {subscriptionId} de su cliente {organization} se ha renovado con claves de producto canjeadas por {redeemerName}: ahora dura hasta el {end, date, long}, con {newSeats, plural, one {# licencia} other {# licencias}} en el nuevo periodo.',
};
