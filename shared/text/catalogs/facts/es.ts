import type { en } from './en';

/** Español (facts): as emails/es.ts. Awaiting review by a native speaker (README). */
export const es: Readonly<Record<keyof typeof en, string>> = {
  'email.seats_added.customer.subject':
    '{added, plural, one {# licencia añadida} other {# licencias añadidas}} a {product} para {domain}',
  'email.seats_added.customer.body':
    '{redeemerName} ha canjeado claves de producto para {added, plural, one {# licencia más} other {# licencias más}} en la suscripción {product} de {organization} ({domain}, suscripción {subscriptionId}). Ahora tiene {seats, plural, one {# licencia} other {# licencias}} hasta el {until, date, long}, y ya puede asignar las nuevas licencias a usuarios.',
  'email.seats_added.partner.subject':
    'Licencias añadidas: {organization} ({domain}), {product}, ahora {seats, plural, one {# licencia} other {# licencias}}',
  'email.seats_added.partner.body':
    '{added, plural, one {Se ha añadido # licencia} other {Se han añadido # licencias}} a la suscripción {product} {subscriptionId} de su cliente {organization}, con claves de producto canjeadas por {redeemerName}. Ahora tiene {seats, plural, one {# licencia} other {# licencias}} hasta el {until, date, long}.',

  'email.delegation_offer_declined.partner.subject':
    '{organization} ha rechazado su oferta de administrar {domain}',
  'email.delegation_offer_declined.partner.body':
    '{organization} ({domain}) ha rechazado su oferta del {offeredAt, date, long} de convertirse en uno de sus administradores delegados. No cambia nada en lo que puede hacer por este cliente; puede enviar una nueva oferta cuando esté listo.',
  'email.delegation_offer_expired.partner.subject': 'Su oferta de administrar {domain} ha caducado',
  'email.delegation_offer_expired.partner.body':
    'Su oferta del {offeredAt, date, long} de convertirse en administrador delegado de {organization} ({domain}) no obtuvo respuesta antes del {expiresAt, date, long} y ha caducado; su enlace ya no funciona. Puede enviar una nueva oferta.',

  'email.switched_to_direct_billing.customer.subject':
    '{product} para {domain} se factura ahora directamente',
  'email.switched_to_direct_billing.customer.body':
    'El {at, date, long}, la suscripción {product} de {organization} ({domain}) pasó a la facturación directa. Su sucesora, la suscripción {newSubscriptionId} con {seats, plural, one {# licencia} other {# licencias}}, está activa, se le factura directamente y se renueva sola cada 12 meses. Sus usuarios conservan sus licencias; las claves de producto ya no se aplican a ella.',
  'email.switched_to_direct_billing.customer.forfeited':
    '{days, plural, =0 {La suscripción {oldSubscriptionId} ha terminado; no se ha renunciado a ningún día prepagado.} one {La suscripción {oldSubscriptionId} ha terminado; el cambio renunció a su último día prepagado.} other {La suscripción {oldSubscriptionId} ha terminado; el cambio renunció a sus # días prepagados restantes.}}',
  'email.switched_to_direct_billing.partner.subject':
    'Facturación directa: {organization} ({domain}), {product}',
  'email.switched_to_direct_billing.partner.body':
    'El {at, date, long}, su cliente {organization} pasó su suscripción {product} {oldSubscriptionId} a la facturación directa. Su sucesora, la suscripción {newSubscriptionId}, se factura directamente al cliente y se renueva sola cada 12 meses: las claves de producto ya no la renuevan ni le añaden licencias.',
  'email.switched_to_direct_billing.partner.remains':
    'Sigue siendo el Partner of Record de su sucesora, y sigue viendo el inquilino.',
  'email.switched_to_direct_billing.partner.forfeited':
    '{days, plural, =0 {No se ha renunciado a ningún día prepagado.} one {El cambio renunció a # día prepagado.} other {El cambio renunció a # días prepagados.}}',

  'email.delegated_admin_removed.partner.subject': 'Ya no administra {domain}',
  'email.delegated_admin_removed.partner.by_customer':
    '{organization} ({domain}) puso fin el {at, date, long} a la administración delegada que usted ejercía sobre su inquilino: ya no puede administrar sus usuarios ni sus suscripciones.',
  'email.delegated_admin_removed.partner.by_partner':
    'El {at, date, long} renunció a ser administrador delegado de {organization} ({domain}): ya no puede administrar sus usuarios ni sus suscripciones.',
  'email.delegated_admin_removed.partner.still_por':
    'Sigue viendo el inquilino, como Partner of Record de una de sus suscripciones.',
  'email.delegated_admin_removed.partner.no_access': 'Ya no ve el inquilino.',

  'email.webhook_endpoint_disabled.partner.subject':
    'Punto de conexión de webhook desactivado: {endpointUrl}',
  'email.webhook_endpoint_disabled.partner.body':
    'Desde el {failingSince, date, long}, todos los intentos de entregar sus eventos al punto de conexión de webhook indicado abajo han fallado, por lo que lo desactivamos el {disabledAt, date, long}: no se harán más intentos de entrega.',
  'email.webhook_endpoint_disabled.partner.label_url': 'URL',
  'email.webhook_endpoint_disabled.partner.label_description': 'Descripción',
  'email.webhook_endpoint_disabled.partner.label_failing_since': 'Con fallos desde el',
  'email.webhook_endpoint_disabled.partner.label_disabled_at': 'Desactivado el',
  'email.webhook_endpoint_disabled.partner.value_at': '{at, date, long}, {at, time, short} UTC',
  'email.webhook_endpoint_disabled.partner.last_errors':
    '{count, plural, one {El último error:} other {Los últimos # errores, del más reciente al más antiguo:}}',
  'email.webhook_endpoint_disabled.partner.held':
    'Sus eventos se siguen registrando y no se pierde ninguno: cuando vuelva a activar el punto de conexión, recibirá todos los que quedaron retenidos mientras tanto.',
  'email.webhook_endpoint_disabled.partner.enable':
    'En cuanto su receptor vuelva a responder, active de nuevo el punto de conexión en la página Integraciones de la consola de partners, o mediante la API con PATCH /webhook-endpoints/ seguido de su id y "enabled": true en el cuerpo de la solicitud (GET /webhook-endpoints muestra sus puntos de conexión con sus id).',
  'email.webhook_endpoint_disabled.partner.feed':
    'También puede leer los mismos eventos, con los mismos id, en su feed de eventos: GET /events.',
};
