import type { Dictionary } from '../en/index.ts';

// Emergency numbers for readers of Spanish: 112 in Spain and the EU, 911 in the US and Mexico, otherwise their
// country's number.
export const care: Dictionary['care'] = {
	emergency: {
		label: 'Emergencia',
		heading: 'Llame a una ambulancia o vaya a urgencias ahora',
		action:
			'Llame al 112 (España y la Unión Europea), al 911 (EE. UU. y México) o al número de emergencias de su país, o vaya a urgencias del hospital.',
	},
	'same-day': {
		label: 'Urgente',
		heading: 'Vea a un médico hoy',
		action: 'Vea a un médico hoy: su médico de familia o de cabecera, o un centro de urgencias.',
	},
	'contact-clinic': {
		label: 'No urgente',
		heading: 'Hable con la clínica que le trató',
		action: 'Llame o escriba a la clínica que le trató. Si no puede hablar con ellos, vea a su propio médico.',
	},
	expected: {
		label: 'Esperable',
		heading: 'Esperable, y suele pasar solo',
		action: 'Es frecuente y suele pasar solo. Avise a su clínica si empeora o no mejora.',
	},
};
