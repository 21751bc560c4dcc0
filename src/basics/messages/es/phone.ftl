### The patient's own checklist on their phone (issue 27): the calendar
### file, its QR codes, the mail, and what Today and the CLI say about it.

## In the phone's calendar. With neutral titles (the patient's choice, for a
## calendar that may sync to a cloud account) no medicine, clinic or care
## word may appear: only Steady's name and a time.

# $time: a clock time on the session's clock, "07:00".
phone-neutral-title = Steady: una cosa que hacer a las { $time }
phone-neutral-session = Steady: cita a las { $time }
phone-neutral-pickup = Steady: recogida a las { $time }
phone-neutral-detail = Abra Steady para ver de qué se trata.
# The alarm of a cutoff that falls in the night, said at bedtime.
# $title: what to do before bed ("Have your last snack before bed");
# $body: the item with its own clock time ("Stop eating at 03:00. …").
phone-alarm-at-bedtime = { $title }: { $body }
# The calendar's name as a phone shows it. $date: "Thu 3 Dec".
phone-calendar-name = Steady: su sesión del { $date }
phone-calendar-name-neutral = Steady

## The QR codes, one per day of the session.

phone-qr-day-before = El día anterior
phone-qr-session-day = El día de la sesión
phone-qr-alarm = Recordatorio
# $part of $parts: a day with too many things for one code.
phone-qr-day-before-part = El día anterior ({ $part } de { $parts })
phone-qr-session-day-part = El día de la sesión ({ $part } de { $parts })

## Sending the file to oneself.

phone-mail-subject = Mis recordatorios de Steady
phone-mail-body = El archivo de calendario adjunto contiene mi lista de Steady. Ábralo en el teléfono para añadirla al calendario; si abre uno más reciente, se actualiza.
phone-mail-opened = Su programa de correo se abrió con el archivo de calendario adjunto. Envíelo a una dirección que lea en su teléfono y abra allí el archivo.
# $folder: where the file was saved; $file: its name.
phone-mail-opened-attach = Su programa de correo se abrió. Adjunte el archivo guardado { $file } desde { $folder }, envíelo a su propio correo y ábralo en su teléfono.

## Errors.

phone-error-choose-titles = Primero elija cómo debe nombrar las cosas el calendario de su teléfono: con las palabras de cada tarea, o con títulos neutros.
# $program: the mail program; $status: how it ended; $folder: where the file is.
phone-error-mail-failed = no se pudo abrir el programa de correo ({ $program } respondió { $status }); el archivo de calendario está guardado en { $folder }
# $reason: the system's words for why.
phone-error-no-mail-program = no se encontró ningún programa de correo que abrir ({ $program }: { $reason }); el archivo de calendario está guardado en { $folder }

## The CLI.

cli-phone-titles-are = Los títulos son full (completos) o neutral (neutros).
cli-phone-no-session = No hay ninguna próxima sesión que enviar. Añada una primero.
# $events: events on the phone after this; $cancelled: events taken off it.
cli-phone-wrote = { $events ->
    [one] Se escribió 1 evento
   *[other] Se escribieron { $events } eventos
}{ $cancelled ->
    [0] {""}
    [one] {" "}y 1 cancelación
   *[other] {" "}y { $cancelled } cancelaciones
} en { $file }. Ábralo en su teléfono.
cli-phone-status-not-sent = Sesión { $session }: todavía no está en su teléfono.
cli-phone-status-old = Sesión { $session }: su teléfono tiene las horas antiguas. Vuelva a enviarla.
# $items: checklist items the phone has as they are now.
cli-phone-status-current = Sesión { $session }: su teléfono está al día ({ $items ->
    [one] { $items } tarea
   *[other] { $items } tareas
}).

## The window: "Put my reminders on my phone", on Today and the Session plan.

phone-panel-title = Poner mis recordatorios en mi teléfono
phone-open = Poner mis recordatorios en mi teléfono
phone-privacy = El calendario de su teléfono puede copiar sus eventos a una cuenta en línea (Google, Apple o Microsoft), donde se guardan en los equipos de otra empresa. Usted elige lo que dicen los eventos.
phone-titles-question = ¿Qué deben decir los eventos en su teléfono?
phone-titles-full = Qué hacer, con las palabras de Steady (por ejemplo “No tome su pastilla esta mañana”)
phone-titles-neutral = Solo “Steady: una cosa que hacer a las 07:00”, sin ninguna palabra sobre medicamentos, la clínica o los cuidados
phone-continue = Continuar
phone-close = Cerrar
phone-using-full = Los eventos dicen qué hacer, con las palabras de Steady.
phone-using-neutral = Los eventos solo dicen “Steady: una cosa que hacer a las …”.
phone-change-titles = Cambiar
phone-how = Elija una forma. Si lo vuelve a hacer después de un cambio, se actualiza la copia de su teléfono; no se añade una segunda.
phone-show-codes = Mostrar códigos para escanear
phone-show-codes-hint = Apunte la cámara del teléfono a un código y añada los eventos que ofrece. Hay un código para cada día.
phone-address = Su dirección de correo electrónico
phone-optional = opcional
phone-send = Enviar a mi teléfono
phone-save = Guardar el archivo
phone-save-hint = Luego cópielo a su teléfono y ábralo allí.
# $path: where the file was saved.
phone-saved = Guardado como { $path }.
phone-codes-shown = Los códigos están abajo. Escanee cada uno con la cámara de su teléfono.
# $day: "The day before", "The session day".
phone-code-label = Código QR para el calendario de su teléfono: { $day }

## Today.

phone-out-of-date = Su teléfono tiene las horas antiguas: vuelva a enviarlas.
phone-send-again = Volver a enviar
phone-suggest = Algunos recordatorios llegan de noche o muy temprano, cuando el equipo suele estar apagado. Su teléfono puede avisarle entonces.
# A small tag beside an item that is also in the phone's calendar.
phone-on-phone = también en su teléfono
