import type { enCustomer } from './en';

/** Spanish (the partner console's customer page: users, the offer of delegated administration). */
export const esCustomer: Readonly<Record<keyof typeof enCustomer, string>> = {
  'console.field.userFirstName': 'Escriba el nombre del usuario (hasta 64 caracteres).',
  'console.field.userLastName': 'Escriba los apellidos del usuario (hasta 64 caracteres).',
  'console.field.userName':
    'Escriba un nombre de usuario como juan.perez: letras, dígitos, puntos, guiones y guiones bajos, que empiece y termine con una letra o un dígito.',
  'console.field.contactEmail':
    'Escriba un correo electrónico como nombre@ejemplo.es (un administrador global lo necesita).',
  'console.field.role': 'Elija un rol de la lista.',
  'console.users.why':
    'Podrá ver y gestionar los usuarios de este cliente cuando sea su administrador delegado. Ofrezca la administración delegada más abajo: el cliente decide.',
  'console.users.licenses':
    'Licencias asignadas: {used, number} de {seats, number}; {available, plural, one {# disponible} other {# disponibles}}.',
  'console.users.userName': 'Nombre de usuario',
  'console.users.userNameHelp':
    'Como juan.perez: letras, dígitos, puntos, guiones y guiones bajos. El usuario inicia sesión como juan.perez@{domain}.',
  'console.users.role': 'Rol',
  'console.users.roleValue':
    '{role, select, global_administrator {Administrador global} user {Usuario} other {{role}}}',
  'console.users.roleHelp': 'Un administrador global puede administrar este cliente y recibe sus avisos.',
  'console.users.license': 'Licencia',
  'console.users.licensed': '{licensed, select, yes {Sí} other {No}}',
  'console.users.signIn': 'Inicio de sesión',
  'console.users.signInValue':
    '{reason, select, none {Permitido} subscription_disabled {Bloqueado: la suscripción está deshabilitada} subscription_deleted {Bloqueado: la suscripción está eliminada} other {Bloqueado}}',
  'console.users.email': 'Correo de contacto',
  'console.users.emailHelp':
    'Necesario para un administrador global: su token de inicio de sesión se envía allí.',
  'console.users.noEmail': 'Ninguno',
  'console.users.changeRole': 'Cambiar el rol',
  'console.users.changeRoleOf': 'Cambiar el rol de {name}',
  'console.users.save': 'Guardar',
  'console.users.cancel': 'Cancelar',
  'console.users.roleSaved':
    'El rol de {name} ahora es {role, select, global_administrator {Administrador global} user {Usuario} other {{role}}}.',
  'console.users.remove': 'Quitar',
  'console.users.removeOf': 'Quitar a {name}',
  'console.users.removeConfirm':
    '¿Quitar a {name} ({userName})? Su licencia queda libre y ya no podrá iniciar sesión.',
  'console.users.removeYes': 'Sí, quitar',
  'console.users.keep': 'Conservar el usuario',
  'console.users.removed': 'Se quitó a {name}.',
  'console.users.add': 'Añadir un usuario',
  'console.users.assignLicense':
    'Asignar una licencia ({available, plural, one {# disponible} other {# disponibles}})',
  'console.users.addSubmit': 'Añadir usuario',
  'console.users.added':
    'Se añadió a {name} como {userName}.{admin, select, yes { Su token de inicio de sesión se envió a su correo de contacto.} other {}}',
  'console.offers.delegated':
    'Usted es el administrador delegado de este cliente: no hay ninguna oferta que enviar.',
  'console.offers.pending': 'Su oferta espera una respuesta',
  'console.offers.pendingSince':
    'Enviada el {sent, date, long}; el cliente puede responder hasta el {expires, date, long}.',
  'console.offers.withdraw': 'Retirar',
  'console.offers.withdrawConfirm':
    '¿Retirar esta oferta? El enlace del correo del cliente dejará de funcionar.',
  'console.offers.withdrawYes': 'Sí, retirar',
  'console.offers.keep': 'Conservar la oferta',
  'console.offers.withdrawn': 'La oferta se retiró. Puede enviar una nueva.',
};
