import { es as console } from './console/es';
import type { en } from './en';

export const es: Readonly<Record<keyof typeof en, string>> = {
  'page.offer.title': 'Oferta de administración delegada',
  'page.offer.loading': 'Leyendo la oferta…',
  'page.offer.noscript': 'Esta página necesita JavaScript para leer la oferta de su enlace.',
  'page.offer.heading': '{partner} se ofrece a administrar {organization}',
  'page.offer.intro':
    'El partner {partner} (ID del programa de partners {programId}) pide convertirse en administrador delegado de {domain}. Su mensaje:',
  'page.offer.grants.heading': 'Qué concede al aceptar',
  'page.offer.grants.text':
    'Un administrador delegado puede administrar todos los servicios y suscripciones de su organización: agregar y quitar usuarios, asignar licencias, renovar y cambiar suscripciones. No usa ninguna licencia. Puede ponerle fin en cualquier momento: cualquier administrador global de su organización quita al partner de sus administradores delegados.',
  'page.offer.validUntil': 'Esta oferta es válida hasta el {expires}.',
  'page.offer.accept': 'Aceptar',
  'page.offer.decline': 'Rechazar',
  'page.offer.accepted.heading': 'Aceptada',
  'page.offer.accepted.text':
    '{partner} es ahora administrador delegado de {domain}. Puede ponerle fin en cualquier momento.',
  'page.offer.declined.heading': 'Rechazada',
  'page.offer.declined.text': '{partner} no administrará {domain}.',
  'page.offer.gone.heading': 'Oferta no disponible',
  'page.offer.gone.notFound':
    'Este enlace no lleva a ninguna oferta. Compruebe que abrió el enlace completo del correo electrónico.',
  'page.offer.gone.expired': 'Esta oferta ha caducado. Pida una nueva al partner si todavía la desea.',
  'page.offer.gone.used': 'Esta oferta ya ha recibido respuesta.',
  'page.offer.gone.withdrawn': 'El partner retiró esta oferta.',
  'page.offer.gone.unavailable':
    'El servicio no está disponible en este momento. Inténtelo de nuevo en un momento: el enlace sigue funcionando.',
  'page.offer.gone.failed': 'Algo salió mal ({detail}). Inténtelo de nuevo en un momento.',
  'page.offer.gone.noAnswer': 'sin respuesta',
  'page.offer.accepted.on': 'Aceptó esta oferta el {date}.',
  'page.offer.declined.on': 'Rechazó esta oferta el {date}.',
  'page.offer.decline.confirm':
    '¿Rechazar esta oferta? {partner} no administrará {domain} y este enlace dejará de funcionar.',
  'page.offer.decline.yes': 'Sí, rechazar',
  'page.offer.decline.no': 'Conservar la oferta',
  'page.offer.retry': 'Reintentar',
  ...console,
};
