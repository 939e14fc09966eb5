<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Getting started</source>
            <translation>&amp;Primeros pasos</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>A short guide: open, check, fix, send</source>
            <translation>Una guía breve: abrir, revisar, corregir, enviar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Save blank &amp;template…</source>
            <translation>Guardar &amp;plantilla en blanco…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Save an empty workbook with Apptoto's columns and what each one means</source>
            <translation>Guardar un libro vacío con las columnas de Apptoto y lo que significa cada una</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Problems panel</source>
            <translation>Panel de &amp;problemas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Pre&amp;view panel</source>
            <translation>Panel de &amp;vista previa</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Co&amp;mpare panel</source>
            <translation>Panel de co&amp;mparación</translation>
        </message>
    </context>
    <context>
        <name>FindDialog</name>
        <message>
            <location filename="../../gui/qt/find_dialog.py" />
            <source>Only in the c&amp;olumn “{name}”</source>
            <translation>Solo en la c&amp;olumna “{name}”</translation>
        </message>
    </context>
    <context>
        <name>GettingStartedDialog</name>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>Getting started</source>
            <translation>Primeros pasos</translation>
        </message>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>Getting started guide</source>
            <translation>Guía de primeros pasos</translation>
        </message>
    </context>
    <context>
        <name>GridMenus</name>
        <message>
            <location filename="../../gui/qt/grid_menus.py" />
            <source>Sort by “{name}”, A to Z</source>
            <translation>Ordenar por “{name}”, de la A a la Z</translation>
        </message>
        <message>
            <location filename="../../gui/qt/grid_menus.py" />
            <source>Sort by “{name}”, Z to A</source>
            <translation>Ordenar por “{name}”, de la Z a la A</translation>
        </message>
    </context>
    <context>
        <name>HelpController</name>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>Template not saved</source>
            <translation>No se guardó la plantilla</translation>
        </message>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>{name} is the schedule open now: choose another name for the template.</source>
            <translation>{name} es la agenda abierta ahora: elija otro nombre para la plantilla.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>Cannot write {path}: {reason}</source>
            <translation>No se puede escribir {path}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>Past sends</source>
            <translation>Envíos anteriores</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>What was sent and what Apptoto answered</source>
            <translation>Qué se envió y qué respondió Apptoto</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/qt/main_window.py" />
            <source>opening the sheet {sheet}</source>
            <translation>abrir la hoja {sheet}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/main_window.py" />
            <source>No row has a problem now.
Turn off Rows ▸ Only rows with problems (Ctrl+Shift+F) to see every row.</source>
            <translation>Ninguna fila tiene problemas ahora.
Desactive Filas ▸ Solo filas con problemas (Ctrl+Shift+F) para ver todas las filas.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/main_window.py" />
            <source>Blank template saved as {path}</source>
            <translation>Plantilla en blanco guardada como {path}</translation>
        </message>
    </context>
    <context>
        <name>MappingBadge</name>
        <message>
            <location filename="../../gui/qt/mapping_badge.py" />
            <source>How the file is read</source>
            <translation>Cómo se lee el archivo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_badge.py" />
            <source>How the file is read: {how}</source>
            <translation>Cómo se lee el archivo: {how}</translation>
        </message>
    </context>
    <context>
        <name>ScheduleModel</name>
        <message>
            <location filename="../../gui/qt/schedule_model.py" />
            <source>new row</source>
            <translation>fila nueva</translation>
        </message>
        <message>
            <location filename="../../gui/qt/schedule_model.py" />
            <source>Row {number}: added here, not in the workbook yet (Save as workbook writes it)</source>
            <translation>Fila {number}: agregada aquí, todavía no está en el libro (Guardar como libro la escribe)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/schedule_model.py" />
            <source>Row number in the sheet</source>
            <translation>Número de fila en la hoja</translation>
        </message>
        <message>
            <location filename="../../gui/qt/schedule_model.py" />
            <source>Ticked rows are previewed and sent (Space ticks the current row; click here to tick or untick every row shown)</source>
            <translation>Las filas marcadas se muestran en la vista previa y se envían (Espacio marca la fila actual; haga clic aquí para marcar o desmarcar todas las filas visibles)</translation>
        </message>
    </context>
    <context>
        <name>SheetSwitcher</name>
        <message>
            <location filename="../../gui/qt/sheet_switcher.py" />
            <source>S&amp;witch sheet</source>
            <translation>&amp;Cambiar de hoja</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sheet_switcher.py" />
            <source>Sheet: {name}</source>
            <translation>Hoja: {name}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sheet_switcher.py" />
            <source>Sheet in use: {name}</source>
            <translation>Hoja en uso: {name}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sheet_switcher.py" />
            <source>The sheet of the workbook shown in the grid. Click to open another of its sheets.</source>
            <translation>La hoja del libro que se muestra en la tabla. Haga clic para abrir otra de sus hojas.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sheet_switcher.py" />
            <source>The sheet of the workbook shown in the grid (the only one with data).</source>
            <translation>La hoja del libro que se muestra en la tabla (la única con datos).</translation>
        </message>
    </context>
    <context>
        <name>account</name>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>The sandbox (local simulator)</source>
            <translation>El entorno de prueba (simulador local)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>Another address</source>
            <translation>Otra dirección</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>The sandbox runs only while Apptoto Sheets is started with --sandbox.</source>
            <translation>El entorno de prueba solo funciona mientras Apptoto Sheets se inicia con --sandbox.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>Type the server's address (https://…).</source>
            <translation>Escriba la dirección del servidor (https://…).</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>{user} on {server}</source>
            <translation>{user} en {server}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>(no address)</source>
            <translation>(sin dirección)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>the SANDBOX (local simulator at {address})</source>
            <translation>el ENTORNO DE PRUEBA (simulador local en {address})</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>{problem} It is kept until you quit Apptoto Sheets.</source>
            <translation>{problem} Se conserva hasta que cierre Apptoto Sheets.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>The system keyring is not available: the API key is kept until you quit Apptoto Sheets.</source>
            <translation>El llavero del sistema no está disponible: la clave de API se conserva hasta que cierre Apptoto Sheets.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>Not signed in to {server}.</source>
            <translation>No ha iniciado sesión en {server}.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>Signed in as {who} on {server} since {since}.</source>
            <translation>Sesión iniciada como {who} en {server} desde {since}.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>Signed in as {who} on {server}.</source>
            <translation>Sesión iniciada como {who} en {server}.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>Signed in on {server} since {since}.</source>
            <translation>Sesión iniciada en {server} desde {since}.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>Signed in on {server}.</source>
            <translation>Sesión iniciada en {server}.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>{problem} The sign-in is kept until you quit Apptoto Sheets.</source>
            <translation>{problem} La sesión se conserva hasta que cierre Apptoto Sheets.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>The system keyring is not available: the sign-in is kept until you quit Apptoto Sheets.</source>
            <translation>El llavero del sistema no está disponible: la sesión se conserva hasta que cierre Apptoto Sheets.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>Not signed in to Apptoto yet: Settings ▸ Sign in with Apptoto.</source>
            <translation>Todavía no ha iniciado sesión en Apptoto: Configuración ▸ Iniciar sesión con Apptoto.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>No Apptoto e-mail is set up yet.</source>
            <translation>Todavía no se ha configurado un correo electrónico de Apptoto.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>No API key for {user} is known yet.</source>
            <translation>Todavía no se conoce una clave de API para {user}.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/account.py" />
            <source>No API key for {user} is known yet (this computer has no keyring to keep it).</source>
            <translation>Todavía no se conoce una clave de API para {user} (esta computadora no tiene un llavero donde guardarla).</translation>
        </message>
    </context>
    <context>
        <name>accounts</name>
        <message>
            <location filename="../../gui/apptoto/accounts.py" />
            <source>Waiting for another send to this account to finish</source>
            <translation>Esperando a que termine otro envío a esta cuenta</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Open…</source>
            <translation>&amp;Abrir…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Open a schedule workbook or CSV file</source>
            <translation>Abrir un libro de Excel o un archivo CSV con citas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Reload</source>
            <translation>&amp;Volver a cargar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Read the file again (edits made here are dropped)</source>
            <translation>Leer el archivo de nuevo (se descartan los cambios hechos aquí)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Columns…</source>
            <translation>&amp;Columnas…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Choose which Apptoto field each column fills</source>
            <translation>Elegir qué campo de Apptoto llena cada columna</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Close Apptoto Sheets</source>
            <translation>Cerrar Apptoto Sheets</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Select &amp;all rows</source>
            <translation>Seleccionar &amp;todas las filas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Select every row for sending</source>
            <translation>Seleccionar todas las filas para enviar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Select &amp;no rows</source>
            <translation>Seleccionar &amp;ninguna fila</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Clear the selection for sending</source>
            <translation>Quitar la selección para enviar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Select rows with &amp;problems</source>
            <translation>Seleccionar filas con &amp;problemas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Select only the rows with errors or warnings</source>
            <translation>Seleccionar solo las filas con errores o advertencias</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Toggle rows for sending</source>
            <translation>&amp;Marcar o desmarcar filas para enviar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Select or unselect, for sending, the rows of the highlighted cells</source>
            <translation>Seleccionar o quitar, para enviar, las filas de las celdas resaltadas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Only rows with problems</source>
            <translation>Solo filas con problemas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Show only rows with errors or warnings</source>
            <translation>Mostrar solo las filas con errores o advertencias</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Next problem</source>
            <translation>Problema &amp;siguiente</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Go to the next problem</source>
            <translation>Ir al problema siguiente</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Copy JSON</source>
            <translation>&amp;Copiar JSON</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Copy the JSON body for the selected rows</source>
            <translation>Copiar el cuerpo JSON de las filas seleccionadas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Save JSON &amp;as…</source>
            <translation>Guardar JSON &amp;como…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Save the JSON body for the selected rows to a file</source>
            <translation>Guardar en un archivo el cuerpo JSON de las filas seleccionadas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;About Apptoto Sheets</source>
            <translation>&amp;Acerca de Apptoto Sheets</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>About this app</source>
            <translation>Acerca de esta aplicación</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Check for &amp;updates…</source>
            <translation>Buscar &amp;actualizaciones…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Ask whether a newer version of Apptoto Sheets is out (needs the internet; nothing is downloaded without asking)</source>
            <translation>Preguntar si hay una versión más reciente de Apptoto Sheets (necesita internet; no se descarga nada sin preguntar)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Check for updates when the app &amp;starts</source>
            <translation>Buscar actualizaciones al &amp;iniciar la aplicación</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Each time Apptoto Sheets opens, ask whether a newer version is out</source>
            <translation>Cada vez que se abre Apptoto Sheets, preguntar si hay una versión más reciente</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Co&amp;mpare with Apptoto</source>
            <translation>Co&amp;mparar con Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Ask Apptoto what sending each selected row would change (sends nothing)</source>
            <translation>Preguntar a Apptoto qué cambiaría al enviar cada fila seleccionada (no envía nada)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Select only rows that &amp;change something</source>
            <translation>Seleccionar solo las filas que &amp;cambian algo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>After a compare: unselect the rows that are unchanged, in conflict or not compared</source>
            <translation>Después de comparar: quitar la selección de las filas sin cambios, en conflicto o no comparadas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Send &amp;history…</source>
            <translation>&amp;Historial de envíos…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>The past sends: what was sent and what Apptoto answered</source>
            <translation>Los envíos anteriores: qué se envió y qué respondió Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <location filename="../../gui/qt/editing.py" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Undo the last change to the cells or rows</source>
            <translation>Deshacer el último cambio en las celdas o filas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <location filename="../../gui/qt/editing.py" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Redo what was undone</source>
            <translation>Rehacer lo que se deshizo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Copy the selected cells and clear them</source>
            <translation>Copiar las celdas seleccionadas y vaciarlas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Copy the selected cells (paste them into Excel or back here)</source>
            <translation>Copiar las celdas seleccionadas (péguelas en Excel o aquí mismo)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Paste</source>
            <translation>&amp;Pegar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Paste cells copied here or in Excel, from the top-left selected cell</source>
            <translation>Pegar celdas copiadas aquí o en Excel, desde la celda seleccionada de arriba a la izquierda</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>C&amp;lear cells</source>
            <translation>&amp;Vaciar celdas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Empty the selected cells</source>
            <translation>Vaciar las celdas seleccionadas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Fill &amp;down</source>
            <translation>Rellenar hacia a&amp;bajo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Copy the top selected cell of each column into the cells below it</source>
            <translation>Copiar la primera celda seleccionada de cada columna en las celdas de abajo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Find text in the grid</source>
            <translation>Buscar texto en la tabla</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>R&amp;eplace…</source>
            <translation>R&amp;eemplazar…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Find text in the grid and replace it</source>
            <translation>Buscar texto en la tabla y reemplazarlo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Find &amp;next</source>
            <translation>Buscar &amp;siguiente</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Go to the next cell matching the last search</source>
            <translation>Ir a la siguiente celda que coincide con la última búsqueda</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Insert row</source>
            <translation>&amp;Insertar fila</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Add a blank row below the current one</source>
            <translation>Agregar una fila en blanco debajo de la actual</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Delete rows</source>
            <translation>&amp;Eliminar filas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Delete the rows of the selected cells</source>
            <translation>Eliminar las filas de las celdas seleccionadas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Save as &amp;workbook…</source>
            <translation>Guardar como &amp;libro…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Write the rows as edited here (with ids and statuses) to a new workbook</source>
            <translation>Escribir las filas tal como se editaron aquí (con ids y estados) en un libro nuevo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Send…</source>
            <translation>&amp;Enviar…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Send the selected rows to Apptoto (asks first, says what will happen)</source>
            <translation>Enviar las filas seleccionadas a Apptoto (pregunta antes y dice qué va a pasar)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Retry &amp;failed rows…</source>
            <translation>Reintentar filas &amp;fallidas…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Send again the rows that failed or were not sent</source>
            <translation>Enviar de nuevo las filas que fallaron o no se enviaron</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Save &amp;results…</source>
            <translation>Guardar &amp;resultados…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Write a results workbook: the rows with each one's Apptoto id and what happened when it was sent (never over the file opened)</source>
            <translation>Escribir un libro de resultados: las filas con el id de Apptoto de cada una y lo que pasó al enviarla (nunca sobre el archivo abierto)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Se&amp;ttings…</source>
            <translation>Con&amp;figuración…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Apptoto account, server, time zone, date order, how rows are sent</source>
            <translation>Cuenta de Apptoto, servidor, zona horaria, orden de las fechas, cómo se envían las filas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Stop &amp;comparing</source>
            <translation>Detener la &amp;comparación</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Stop asking Apptoto (rows already answered keep their result)</source>
            <translation>Dejar de preguntar a Apptoto (las filas ya respondidas conservan su resultado)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Open &amp;log folder</source>
            <translation>Abrir la carpeta de &amp;registros</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Show the folder with Apptoto Sheets' log file (for support: what went wrong, never your API key)</source>
            <translation>Mostrar la carpeta con el archivo de registro de Apptoto Sheets (para soporte: qué salió mal, nunca su clave de API)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Open &amp;Recent</source>
            <translation>Abrir &amp;recientes</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Clear list</source>
            <translation>&amp;Borrar la lista</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Forget the recently opened files</source>
            <translation>Olvidar los archivos abiertos recientemente</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Rows</source>
            <translation>&amp;Filas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Sheet</source>
            <translation>&amp;Hoja</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Apptoto</source>
            <translation>A&amp;pptoto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location filename="../../gui/qt/actions.py" />
            <source>Main</source>
            <translation>Principal</translation>
        </message>
    </context>
    <context>
        <name>auth</name>
        <message>
            <location filename="../../gui/apptoto/auth.py" />
            <source>Apptoto Sheets is signed in without permission to do this (403 insufficient_scope). Sign in again and allow what it asks for.</source>
            <translation>Apptoto Sheets inició sesión sin permiso para hacer esto (403 insufficient_scope). Inicie sesión de nuevo y permita lo que se le pide.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/auth.py" />
            <source>Apptoto refused the sign-in (401). Sign in again.</source>
            <translation>Apptoto rechazó el inicio de sesión (401). Inicie sesión de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/auth.py" />
            <source>Apptoto refused this for the signed-in account ({status}).</source>
            <translation>Apptoto rechazó esto para la cuenta con sesión iniciada ({status}).</translation>
        </message>
    </context>
    <context>
        <name>autosave</name>
        <message numerus="yes">
            <location filename="../../gui/qt/autosave.py" />
            <source>Restored your edits: {summary} ({count} could not be placed: their row or column is gone).</source>
            <extracomment>English singular: Restored your edits: {summary} ({count} could not be placed: its row or column is gone).</extracomment>
            <translation>
                <numerusform>Se restauraron sus cambios: {summary} ({count} no se pudo colocar: su fila o columna ya no existe).</numerusform>
                <numerusform>Se restauraron sus cambios: {summary} ({count} no se pudieron colocar: su fila o columna ya no existe).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/autosave.py" />
            <source>Restored your edits: {summary}.</source>
            <translation>Se restauraron sus cambios: {summary}.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/autosave.py" />
            <source>Could not save your edits for safe keeping: {problem}</source>
            <translation>No se pudieron guardar sus cambios como respaldo: {problem}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/autosave.py" />
            <source>Saved the rows to {file}.</source>
            <translation>Las filas se guardaron en {file}.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/autosave.py" />
            <source>Save the rows</source>
            <translation>Guardar las filas</translation>
        </message>
    </context>
    <context>
        <name>banner</name>
        <message>
            <location filename="../../gui/qt/banner.py" />
            <source>no account set</source>
            <translation>sin cuenta configurada</translation>
        </message>
        <message>
            <location filename="../../gui/qt/banner.py" />
            <source>&lt;b&gt;SANDBOX&lt;/b&gt; — a simulator at {address}: nothing sent here reaches real Apptoto</source>
            <translation>&lt;b&gt;ENTORNO DE PRUEBA&lt;/b&gt; — un simulador en {address}: nada de lo que se envía aquí llega al Apptoto real</translation>
        </message>
        <message>
            <location filename="../../gui/qt/banner.py" />
            <source>Sandbox mode: nothing reaches real Apptoto</source>
            <translation>Modo de prueba: nada llega al Apptoto real</translation>
        </message>
        <message>
            <location filename="../../gui/qt/banner.py" />
            <source>&lt;b&gt;REAL APPTOTO&lt;/b&gt; — account {account} at {address}. Sending here changes real appointments and their reminders; this is not the sandbox.</source>
            <translation>&lt;b&gt;APPTOTO REAL&lt;/b&gt; — cuenta {account} en {address}. Enviar aquí cambia citas reales y sus recordatorios; esto no es el entorno de prueba.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/banner.py" />
            <source>Real Apptoto: sending changes real appointments</source>
            <translation>Apptoto real: enviar cambia citas reales</translation>
        </message>
        <message>
            <location filename="../../gui/qt/banner.py" />
            <source>&lt;b&gt;Server {address}&lt;/b&gt; — account {account}. Not the sandbox: sending here changes the appointments this server holds.</source>
            <translation>&lt;b&gt;Servidor {address}&lt;/b&gt; — cuenta {account}. No es el entorno de prueba: enviar aquí cambia las citas que tiene este servidor.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/banner.py" />
            <source>Sending to the server at {host}</source>
            <translation>Enviando al servidor en {host}</translation>
        </message>
        <message>
            <source>&lt;b&gt;SANDBOX&lt;/b&gt; — local Apptoto simulator at {address}. Nothing sent here reaches real Apptoto.</source>
            <translation type="vanished">&lt;b&gt;ENTORNO DE PRUEBA&lt;/b&gt; — simulador local de Apptoto en {address}. Nada de lo que se envía aquí llega al Apptoto real.</translation>
        </message>
    </context>
    <context>
        <name>before</name>
        <message>
            <location filename="../../gui/apptoto/before.py" />
            <source>Apptoto was not asked about this event before the send</source>
            <translation>No se le preguntó a Apptoto por este evento antes del envío</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/before.py" />
            <source>Apptoto could not be asked</source>
            <translation>No se pudo consultar a Apptoto</translation>
        </message>
    </context>
    <context>
        <name>busy</name>
        <message>
            <location filename="../../gui/qt/busy.py" />
            <source>file being opened</source>
            <translation>la apertura del archivo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/busy.py" />
            <source>send</source>
            <translation>el envío</translation>
        </message>
        <message>
            <location filename="../../gui/qt/busy.py" />
            <source>compare</source>
            <translation>la comparación</translation>
        </message>
        <message>
            <location filename="../../gui/qt/busy.py" />
            <source>undo</source>
            <translation>la acción de deshacer</translation>
        </message>
        <message>
            <location filename="../../gui/qt/busy.py" />
            <source>Read-only while the file is read.</source>
            <translation>Solo lectura mientras se lee el archivo.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/busy.py" />
            <source>Read-only while sending: edit again when the send ends (or Cancel it).</source>
            <translation>Solo lectura durante el envío: podrá editar de nuevo cuando termine (o si lo cancela).</translation>
        </message>
        <message>
            <location filename="../../gui/qt/busy.py" />
            <location filename="../../gui/qt/compare_controller.py" />
            <location filename="../../gui/qt/history_controller.py" />
            <source>stopping</source>
            <translation>deteniendo</translation>
        </message>
    </context>
    <context>
        <name>calendars</name>
        <message>
            <location filename="../../gui/apptoto/calendars.py" />
            <source>Calendar “{name}” does not exist in this Apptoto account; it was not created. Check the spelling, or allow creating it.</source>
            <translation>El calendario “{name}” no existe en esta cuenta de Apptoto; no se creó. Revise cómo está escrito o permita crearlo.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/calendars.py" />
            <source>Its calendar “{name}” is not known in this account: if Apptoto does not have it, that may be why (it was not created).</source>
            <translation>Su calendario “{name}” no se conoce en esta cuenta: si Apptoto no lo tiene, puede ser la causa (no se creó).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/calendars.py" />
            <source>Apptoto put it in calendar #{id}, which this app has never seen in this account: it seems to have created the calendar “{name}” although it was asked not to. Check the spelling in Apptoto</source>
            <translation>Apptoto lo puso en el calendario #{id}, que esta aplicación nunca ha visto en esta cuenta: parece que creó el calendario “{name}” aunque se le pidió que no lo hiciera. Revise cómo está escrito en Apptoto</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/calendars.py" />
            <source>{count} rows not sent: calendar “{name}” does not exist in this Apptoto account (nothing was created).</source>
            <extracomment>English singular: {count} row not sent: calendar “{name}” does not exist in this Apptoto account (nothing was created).</extracomment>
            <translation>
                <numerusform>{count} fila no enviada: el calendario “{name}” no existe en esta cuenta de Apptoto (no se creó nada).</numerusform>
                <numerusform>{count} filas no enviadas: el calendario “{name}” no existe en esta cuenta de Apptoto (no se creó nada).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/calendars.py" />
            <source>Apptoto seems to have created {count} calendars although asked not to: {names}. Check them in Apptoto.</source>
            <extracomment>English singular: Apptoto seems to have created {count} calendar although asked not to: {names}. Check it in Apptoto.</extracomment>
            <translation>
                <numerusform>Parece que Apptoto creó {count} calendario aunque se le pidió que no lo hiciera: {names}. Revíselo en Apptoto.</numerusform>
                <numerusform>Parece que Apptoto creó {count} calendarios aunque se le pidió que no lo hiciera: {names}. Revíselos en Apptoto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/calendars.py" />
            <source>First send to this account from this computer: {names} are now remembered as calendars of the account. Apptoto was asked not to create calendars; if one of these names is misspelt, check it in Apptoto.</source>
            <extracomment>English singular: First send to this account from this computer: {names} is now remembered as a calendar of the account. Apptoto was asked not to create calendars; if one of these names is misspelt, check it in Apptoto.</extracomment>
            <translation>
                <numerusform>Primer envío a esta cuenta desde esta computadora: {names} queda registrado como calendario de la cuenta. Se le pidió a Apptoto que no creara calendarios; si alguno de estos nombres está mal escrito, revíselo en Apptoto.</numerusform>
                <numerusform>Primer envío a esta cuenta desde esta computadora: {names} quedan registrados como calendarios de la cuenta. Se le pidió a Apptoto que no creara calendarios; si alguno de estos nombres está mal escrito, revíselo en Apptoto.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cancels</name>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Not cancelled: the row names no event (no Apptoto ID or External ID).</source>
            <translation>No se canceló: la fila no indica ningún evento (no tiene ID de Apptoto ni ID externo).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Apptoto has no such event</source>
            <translation>Apptoto no tiene ese evento</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Nothing to cancel: {why}.</source>
            <translation>No hay nada que cancelar: {why}.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Nothing to cancel: event #{id} is deleted in Apptoto already.</source>
            <translation>No hay nada que cancelar: el evento #{id} ya está eliminado en Apptoto.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Deleted: its reminders stop ({event}).</source>
            <translation>Eliminado: sus recordatorios se detienen ({event}).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Nothing to cancel: Apptoto has no such event ({event}).</source>
            <translation>No hay nada que cancelar: Apptoto no tiene ese evento ({event}).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Not cancelled: Apptoto refused to delete it: {reason} ({status}).</source>
            <translation>No se canceló: Apptoto se negó a eliminarlo: {reason} ({status}).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Deleted #{id} in Apptoto: the appointment is cancelled and its reminders stop.</source>
            <translation>Se eliminó #{id} en Apptoto: la cita queda cancelada y sus recordatorios se detienen.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Deleted in Apptoto ({event}): its reminders stop.</source>
            <translation>Se eliminó en Apptoto ({event}): sus recordatorios se detienen.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Note: Apptoto's answer does not show it deleted.</source>
            <translation>Nota: la respuesta de Apptoto no lo muestra como eliminado.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Not known to be cancelled: {reason} (gave up after {count} tries); cancelling it again is safe.</source>
            <translation>No se sabe si se canceló: {reason} (se abandonó después de {count} intentos); es seguro cancelarlo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>event #{id}</source>
            <translation>evento #{id}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>External ID {external_id}</source>
            <translation>ID externo {external_id}</translation>
        </message>
    </context>
    <context>
        <name>cells</name>
        <message>
            <location filename="../../gui/core/columns.py" />
            <location filename="../../gui/core/times.py" />
            <source>the cell holds {value} ({why})</source>
            <translation>la celda contiene {value} ({why})</translation>
        </message>
        <message>
            <location filename="../../gui/core/columns.py" />
            <location filename="../../gui/core/times.py" />
            <source>{label} {problem}</source>
            <translation>{label} {problem}</translation>
        </message>
        <message>
            <location filename="../../gui/core/table.py" />
            <source>a formula error or a formula without a value</source>
            <translation>un error de fórmula o una fórmula sin valor</translation>
        </message>
        <message>
            <location filename="../../gui/core/times.py" />
            <source>Duration {problem}</source>
            <translation>Duración {problem}</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/normalise.py" />
            <source>the file stores NaN (not a number) in it</source>
            <translation>el archivo guarda en ella NaN (no es un número)</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/normalise.py" />
            <source>the file stores an infinite number in it</source>
            <translation>el archivo guarda en ella un número infinito</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_scan.py" />
            <source>the formula ={formula} has no saved result (open the file in Excel, save it, and load it again)</source>
            <translation>la fórmula ={formula} no tiene un resultado guardado (abra el archivo en Excel, guárdelo y vuelva a cargarlo)</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_scan.py" />
            <source>a formula has no saved result (open the file in Excel, save it, and load it again)</source>
            <translation>una fórmula no tiene un resultado guardado (abra el archivo en Excel, guárdelo y vuelva a cargarlo)</translation>
        </message>
    </context>
    <context>
        <name>changes</name>
        <message>
            <location filename="../../gui/apptoto/changes.py" />
            <source>the event was deleted in Apptoto</source>
            <translation>el evento se eliminó en Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/changes.py" />
            <source>calendar move: the event is in {now}, the sheet says {wanted}; Apptoto cannot move events between calendars</source>
            <translation>cambio de calendario: el evento está en {now} y la hoja dice {wanted}; Apptoto no puede mover eventos entre calendarios</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/changes.py" />
            <source>participant {who} would be dropped but was already messaged ({state}): Apptoto keeps them</source>
            <translation>el participante {who} se quitaría, pero ya recibió mensajes ({state}): Apptoto lo conserva</translation>
        </message>
    </context>
    <context>
        <name>clipboard</name>
        <message numerus="yes">
            <location filename="../../gui/qt/clipboard.py" />
            <source>{count} copied rows did not fit below the last row (add rows with Rows ▸ Insert row first)</source>
            <extracomment>English singular: {count} copied row did not fit below the last row (add rows with Rows ▸ Insert row first)</extracomment>
            <translation>
                <numerusform>{count} fila copiada no cupo debajo de la última fila (primero agregue filas con Filas ▸ Insertar fila)</numerusform>
                <numerusform>{count} filas copiadas no cupieron debajo de la última fila (primero agregue filas con Filas ▸ Insertar fila)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/clipboard.py" />
            <source>{count} copied columns did not fit right of the last column</source>
            <extracomment>English singular: {count} copied column did not fit right of the last column</extracomment>
            <translation>
                <numerusform>{count} columna copiada no cupo a la derecha de la última columna</numerusform>
                <numerusform>{count} columnas copiadas no cupieron a la derecha de la última columna</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/clipboard.py" />
            <source>Pasted only part: {notes}.</source>
            <translation>Solo se pegó una parte: {notes}.</translation>
        </message>
    </context>
    <context>
        <name>compare</name>
        <message>
            <location filename="../../gui/apptoto/changes.py" />
            <location filename="../../gui/apptoto/compare.py" />
            <source>calendar {id}</source>
            <translation>calendario {id}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>location</source>
            <translation>lugar</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>content</source>
            <translation>notas</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>all_day</source>
            <translation>todo el día</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>show_as</source>
            <translation>mostrar como</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>start_time</source>
            <translation>inicio</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>end_time</source>
            <translation>fin</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>time_zone</source>
            <translation>zona horaria</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>external_id</source>
            <translation>ID externo</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>custom_data</source>
            <translation>datos personalizados</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>participants</source>
            <translation>participantes</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>a participant</source>
            <translation>un participante</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>the event is deleted in Apptoto: this change does not bring it back</source>
            <translation>el evento está eliminado en Apptoto: este cambio no lo recupera</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>Apptoto kept the start at {kept} instead of {sent}</source>
            <translation>Apptoto dejó el inicio en {kept} en lugar de {sent}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>Apptoto kept the end at {kept} instead of {sent}</source>
            <translation>Apptoto dejó el fin en {kept} en lugar de {sent}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>Apptoto has {field} {kept} instead of {sent}</source>
            <translation>Apptoto tiene {field} {kept} en lugar de {sent}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>custom data differs from what was sent: {keys}</source>
            <translation>los datos personalizados difieren de lo enviado: {keys}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>not moved to {asked}: the event stays in {kept} (Apptoto cannot move events between calendars)</source>
            <translation>no se movió a {asked}: el evento se queda en {kept} (Apptoto no puede mover eventos entre calendarios)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>already messaged ({state})</source>
            <translation>ya recibió mensajes ({state})</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>Apptoto kept them</source>
            <translation>Apptoto lo conservó</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>participant {who} was not removed: {why}</source>
            <translation>el participante {who} no se quitó: {why}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>participant {who} is missing from Apptoto's answer</source>
            <translation>el participante {who} no aparece en la respuesta de Apptoto</translation>
        </message>
    </context>
    <context>
        <name>compare_controller</name>
        <message>
            <location filename="../../gui/qt/compare_controller.py" />
            <source>Cannot compare with Apptoto</source>
            <translation>No se puede comparar con Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_controller.py" />
            <source>Comparing with Apptoto</source>
            <translation>Comparando con Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_controller.py" />
            <source>up to {time}</source>
            <translation>hasta {time}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_controller.py" />
            <source>Stop asking Apptoto (Esc); rows already answered keep their result</source>
            <translation>Dejar de preguntar a Apptoto (Esc); las filas ya respondidas conservan su resultado</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/compare_controller.py" />
            <source>Compare stopped: {done} of {count} rows compared</source>
            <extracomment>English singular: Compare stopped: {done} of {count} row compared</extracomment>
            <translation>
                <numerusform>Comparación detenida: {done} de {count} fila comparada</numerusform>
                <numerusform>Comparación detenida: {done} de {count} filas comparadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_controller.py" />
            <source>Compared with Apptoto: {tally}</source>
            <translation>Comparado con Apptoto: {tally}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/compare_controller.py" />
            <source>the conflicts unticked</source>
            <extracomment>English singular: the conflict unticked</extracomment>
            <translation>
                <numerusform>el conflicto quedó desmarcado</numerusform>
                <numerusform>los conflictos quedaron desmarcados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/compare_controller.py" />
            <source>{count} rows were edited meanwhile: compare again to see what sending would change</source>
            <extracomment>English singular: {count} row was edited meanwhile: compare again to see what sending would change</extracomment>
            <translation>
                <numerusform>{count} fila se editó mientras tanto: compare de nuevo para ver qué cambiaría al enviar</numerusform>
                <numerusform>{count} filas se editaron mientras tanto: compare de nuevo para ver qué cambiaría al enviar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/compare_controller.py" />
            <source>{count} rows were deleted meanwhile</source>
            <extracomment>English singular: {count} row was deleted meanwhile</extracomment>
            <translation>
                <numerusform>{count} fila se eliminó mientras tanto</numerusform>
                <numerusform>{count} filas se eliminaron mientras tanto</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_controller.py" />
            <source>{summary}. Nothing was sent.</source>
            <translation>{summary}. No se envió nada.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_controller.py" />
            <source>Apptoto could not be asked: {problem}</source>
            <translation>No se pudo consultar a Apptoto: {problem}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/compare_controller.py" />
            <source>{count} rows selected</source>
            <extracomment>English singular: {count} row selected</extracomment>
            <translation>
                <numerusform>{count} fila seleccionada</numerusform>
                <numerusform>{count} filas seleccionadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_controller.py" />
            <source>{selected}; left out: {left}.</source>
            <translation>{selected}; se dejaron fuera: {left}.</translation>
        </message>
    </context>
    <context>
        <name>compare_dock</name>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>New: Apptoto does not have this appointment; sending creates it.</source>
            <translation>Nueva: Apptoto no tiene esta cita; al enviarla se crea.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>Update: sending changes these fields.</source>
            <translation>Actualización: al enviar cambian estos campos.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>Cancel: sending deletes this appointment in Apptoto; its reminders stop.</source>
            <translation>Cancelación: al enviar se elimina esta cita en Apptoto; sus recordatorios se detienen.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>Unchanged: Apptoto already has this appointment exactly so.</source>
            <translation>Sin cambios: Apptoto ya tiene esta cita exactamente así.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>Conflict: sending would not do what the sheet says.</source>
            <translation>Conflicto: al enviar no se haría lo que dice la hoja.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>Not compared: Apptoto could not be asked about this row.</source>
            <translation>No comparada: no se pudo consultar a Apptoto sobre esta fila.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>Choose “Compare with Apptoto” to see what sending each row would change.</source>
            <translation>Elija “Comparar con Apptoto” para ver qué cambiaría al enviar cada fila.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>Not compared yet: use Compare with Apptoto (F5) to see what sending each row would change.</source>
            <translation>Aún no se ha comparado: use Comparar con Apptoto (F5) para ver qué cambiaría al enviar cada fila.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>Compare with Apptoto</source>
            <translation>Comparar con Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>What sending the current row would change in Apptoto</source>
            <translation>Qué cambiaría en Apptoto al enviar la fila actual</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>Row {row} has not been compared with Apptoto since it was last changed or sent.</source>
            <translation>La fila {row} no se ha comparado con Apptoto desde su último cambio o envío.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>&lt;p&gt;&lt;b&gt;Row {row}&lt;/b&gt; — {headline}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Fila {row}&lt;/b&gt; — {headline}&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>In Apptoto now</source>
            <translation>En Apptoto ahora</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>After sending</source>
            <translation>Después de enviar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/compare_dock.py" />
            <source>&lt;p&gt;&lt;b&gt;Row {row}&lt;/b&gt; — last send: {outcome}&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Fila {row}&lt;/b&gt; — último envío: {outcome}&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Row {row} has not been compared with Apptoto yet.</source>
            <translation type="vanished">La fila {row} todavía no se ha comparado con Apptoto.</translation>
        </message>
    </context>
    <context>
        <name>confirm</name>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>Send {count} rows to the sandbox? Nothing here reaches real Apptoto.</source>
            <extracomment>English singular: Send {count} row to the sandbox? Nothing here reaches real Apptoto.</extracomment>
            <translation>
                <numerusform>¿Enviar {count} fila al entorno de prueba? Nada de aquí llega al Apptoto real.</numerusform>
                <numerusform>¿Enviar {count} filas al entorno de prueba? Nada de aquí llega al Apptoto real.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>Send {count} rows to the REAL Apptoto account {account} ({host})? This changes real appointments.</source>
            <extracomment>English singular: Send {count} row to the REAL Apptoto account {account} ({host})? This changes real appointments.</extracomment>
            <translation>
                <numerusform>¿Enviar {count} fila a la cuenta REAL de Apptoto {account} ({host})? Esto cambia citas reales.</numerusform>
                <numerusform>¿Enviar {count} filas a la cuenta REAL de Apptoto {account} ({host})? Esto cambia citas reales.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>Send {count} rows to the server at {account}? This changes real appointments.</source>
            <extracomment>English singular: Send {count} row to the server at {account}? This changes real appointments.</extracomment>
            <translation>
                <numerusform>¿Enviar {count} fila al servidor en {account}? Esto cambia citas reales.</numerusform>
                <numerusform>¿Enviar {count} filas al servidor en {account}? Esto cambia citas reales.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>{count} rows in conflict after the last Compare are left out (unticked): {rows}. Tick a row to send it anyway.</source>
            <extracomment>English singular: {count} row in conflict after the last Compare is left out (unticked): {rows}. Tick a row to send it anyway.</extracomment>
            <translation>
                <numerusform>{count} fila en conflicto según la última comparación queda fuera (desmarcada): {rows}. Marque una fila para enviarla de todos modos.</numerusform>
                <numerusform>{count} filas en conflicto según la última comparación quedan fuera (desmarcadas): {rows}. Marque una fila para enviarla de todos modos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>{count} rows in conflict after the last Compare are left out (unticked in the grid): {rows}. Tick one in the Send column to send it anyway.</source>
            <extracomment>English singular: {count} row in conflict after the last Compare is left out (unticked in the grid): {rows}. Tick it in the Send column to send it anyway.</extracomment>
            <translation>
                <numerusform>{count} fila en conflicto tras la última comparación queda fuera (sin marcar en la tabla): {rows}. Márquela en la columna Enviar para enviarla de todos modos.</numerusform>
                <numerusform>{count} filas en conflicto tras la última comparación quedan fuera (sin marcar en la tabla): {rows}. Marque una en la columna Enviar para enviarla de todos modos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>{count} rows are unchanged in Apptoto since the last Compare: sending changes nothing there.</source>
            <extracomment>English singular: {count} row is unchanged in Apptoto since the last Compare: sending changes nothing there.</extracomment>
            <translation>
                <numerusform>{count} fila no ha cambiado en Apptoto desde la última comparación: al enviarla no cambia nada allí.</numerusform>
                <numerusform>{count} filas no han cambiado en Apptoto desde la última comparación: al enviarlas no cambia nada allí.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>{count} rows were not compared (edited since, or new): the send checks Apptoto for them first.</source>
            <extracomment>English singular: {count} row was not compared (edited since, or new): the send checks Apptoto for them first.</extracomment>
            <translation>
                <numerusform>{count} fila no se comparó (se editó después o es nueva): el envío primero la busca en Apptoto.</numerusform>
                <numerusform>{count} filas no se compararon (se editaron después o son nuevas): el envío primero las busca en Apptoto.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/confirm.py" />
            <source>It will take {time} at the rate Apptoto allows.</source>
            <translation>Tardará {time} al ritmo que permite Apptoto.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>{count} updates if found in Apptoto, else new</source>
            <extracomment>English singular: {count} update if found in Apptoto, else new</extracomment>
            <translation>
                <numerusform>{count} actualización si se encuentra en Apptoto; si no, se crea</numerusform>
                <numerusform>{count} actualizaciones si se encuentran en Apptoto; si no, se crean</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>{count} events will be sent: {kinds}.</source>
            <extracomment>English singular: {count} event will be sent: {kinds}.</extracomment>
            <translation>
                <numerusform>Se enviará {count} evento: {kinds}.</numerusform>
                <numerusform>Se enviarán {count} eventos: {kinds}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>Times without a zone are read as {zone} ({count} rows).</source>
            <extracomment>English singular: Times without a zone are read as {zone} ({count} row).</extracomment>
            <translation>
                <numerusform>Las horas sin zona se leen como {zone} ({count} fila).</numerusform>
                <numerusform>Las horas sin zona se leen como {zone} ({count} filas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>Times without a zone on {count} updates are read in their event's time zone in Apptoto, {zone}.</source>
            <extracomment>English singular: Times without a zone on {count} update are read in its event's time zone in Apptoto, {zone}.</extracomment>
            <translation>
                <numerusform>Las horas sin zona de {count} actualización se leen en la zona horaria de su evento en Apptoto, {zone}.</numerusform>
                <numerusform>Las horas sin zona de {count} actualizaciones se leen en la zona horaria de su evento en Apptoto, {zone}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/confirm.py" />
            <source>a conflict</source>
            <translation>un conflicto</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/confirm.py" />
            <source>row {row}: {reasons}</source>
            <translation>fila {row}: {reasons}</translation>
        </message>
    </context>
    <context>
        <name>convert</name>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>should be a whole number, not yes/no</source>
            <translation>debe ser un número entero, no sí/no</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>{value} is not a whole number</source>
            <translation>{value} no es un número entero</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a whole number</source>
            <translation>“{value}” no es un número entero</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is too large (Apptoto's numbers go up to {most})</source>
            <translation>“{value}” es demasiado grande (los números de Apptoto llegan hasta {most})</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not yes or no (use yes/no, true/false, 1/0 or x)</source>
            <translation>“{value}” no es sí o no (use sí/no, yes/no, true/false, 1/0 o x)</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not one of Free, Tentative, Busy, Out of Office, Working Elsewhere (or 0-4)</source>
            <translation>“{value}” no es ninguno de Free, Tentative, Busy, Out of Office, Working Elsewhere (o 0-4)</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>should be a number of minutes</source>
            <translation>debe ser un número de minutos</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a number of minutes (e.g. 50, 50 min, 1h 30m, 1:30)</source>
            <translation>“{value}” no es un número de minutos (p. ej. 50, 50 min, 1h 30m, 1:30)</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a number of minutes</source>
            <translation>“{value}” no es un número de minutos</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>should be more than 0 minutes</source>
            <translation>debe ser más de 0 minutos</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” minutes is more than a year (at most {most})</source>
            <translation>“{value}” minutos es más de un año (como máximo {most})</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a valid e-mail address</source>
            <translation>“{value}” no es una dirección de correo electrónico válida</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a valid e-mail address: {reason}</source>
            <translation>“{value}” no es una dirección de correo electrónico válida: {reason}</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>is yes/no, not a phone number</source>
            <translation>es sí/no, no un número de teléfono</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>{value} is not a phone number</source>
            <translation>{value} no es un número de teléfono</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a phone number (only digits, spaces, + ( ) - . are expected)</source>
            <translation>“{value}” no es un número de teléfono (solo se esperan dígitos, espacios y + ( ) - .)</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” has {digits} digits; a phone number has 7 to 15</source>
            <translation>“{value}” tiene {digits} dígitos; un número de teléfono tiene de 7 a 15</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” has {digits} digits; a {region} number has 10 (area code and number), or write it with +country</source>
            <translation>“{value}” tiene {digits} dígitos; un número de {region} tiene 10 (código de área y número), o escríbalo con +país</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>{value} is not a date</source>
            <translation>{value} no es una fecha</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a date or time I can read ({example})</source>
            <translation>“{value}” no es una fecha ni una hora que se pueda leer ({example})</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>e.g. 9:30 or 2:30 PM</source>
            <translation>p. ej. 9:30 o 2:30 PM</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>e.g. 12/31/2026 2:30 PM</source>
            <translation>p. ej. 12/31/2026 2:30 PM</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>e.g. 31/12/2026 14:30</source>
            <translation>p. ej. 31/12/2026 14:30</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>e.g. 2026-12-31 14:30</source>
            <translation>p. ej. 2026-12-31 14:30</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>is yes/no, not a date or time</source>
            <translation>es sí/no, no una fecha ni una hora</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a date</source>
            <translation>“{value}” no es una fecha</translation>
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is a time, not a date</source>
            <translation>“{value}” es una hora, no una fecha</translation>
        </message>
    </context>
    <context>
        <name>create_anyway_dialog</name>
        <message>
            <location filename="../../gui/qt/create_anyway_dialog.py" />
            <source>Create it anyway</source>
            <translation>Crearla de todos modos</translation>
        </message>
        <message>
            <location filename="../../gui/qt/create_anyway_dialog.py" />
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <location filename="../../gui/qt/create_anyway_dialog.py" />
            <source>The row's appointment</source>
            <translation>La cita de la fila</translation>
        </message>
        <message>
            <location filename="../../gui/qt/create_anyway_dialog.py" />
            <source>May already be in Apptoto as</source>
            <translation>Quizá ya esté en Apptoto como</translation>
        </message>
        <message>
            <location filename="../../gui/qt/create_anyway_dialog.py" />
            <source>Row {row}: {reason}</source>
            <translation>Fila {row}: {reason}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/create_anyway_dialog.py" />
            <source>Rows that may already be in Apptoto</source>
            <translation>Filas que quizá ya estén en Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/create_anyway_dialog.py" />
            <source>&amp;Leave them</source>
            <translation>&amp;Dejarlas</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/create_anyway_dialog.py" />
            <source>&lt;b&gt;{count} new rows were not sent: Apptoto may already have them.&lt;/b&gt;</source>
            <extracomment>English singular: &lt;b&gt;{count} new row was not sent: Apptoto may already have it.&lt;/b&gt;</extracomment>
            <translation>
                <numerusform>&lt;b&gt;{count} fila nueva no se envió: es posible que Apptoto ya la tenga.&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;{count} filas nuevas no se enviaron: es posible que Apptoto ya las tenga.&lt;/b&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/create_anyway_dialog.py" />
            <source>The rest of the send went ahead. Look each one up in Apptoto: if it is another appointment, tick “Create it anyway”. Rows left unticked are not sent; Retry failed rows asks about them again.</source>
            <translation>El resto del envío se realizó. Busque cada una en Apptoto: si es otra cita, marque “Crearla de todos modos”. Las filas sin marcar no se envían; Reintentar filas fallidas vuelve a preguntar por ellas.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/create_anyway_dialog.py" />
            <source>&amp;Create the {count} ticked</source>
            <translation>&amp;Crear las {count} marcadas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/create_anyway_dialog.py" />
            <source>&amp;Create the ticked one</source>
            <translation>&amp;Crear la marcada</translation>
        </message>
        <message>
            <location filename="../../gui/qt/create_anyway_dialog.py" />
            <source>&amp;Create the ticked ones</source>
            <translation>&amp;Crear las marcadas</translation>
        </message>
    </context>
    <context>
        <name>credentials</name>
        <message>
            <location filename="../../gui/apptoto/credentials.py" />
            <source>the API key</source>
            <translation>la clave de API</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/credentials.py" />
            <source>The system keyring is not available, so {what} cannot be saved or read ({detail}).</source>
            <translation>El llavero del sistema no está disponible, así que {what} no se puede guardar ni leer ({detail}).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/credentials.py" />
            <source>The system keyring is not available, so {what} cannot be saved or read.</source>
            <translation>El llavero del sistema no está disponible, así que {what} no se puede guardar ni leer.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/tokens.py" />
            <source>the Apptoto sign-in</source>
            <translation>la sesión de Apptoto</translation>
        </message>
    </context>
    <context>
        <name>dateorder</name>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>month first</source>
            <translation>primero el mes</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>day first</source>
            <translation>primero el día</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>year first</source>
            <translation>primero el año</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>as the command line says</source>
            <translation>como indica la línea de comandos</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>as chosen for these files</source>
            <translation>como se eligió para estos archivos</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>from the file's dates</source>
            <translation>según las fechas del archivo</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>every date reads both ways</source>
            <translation>todas las fechas se leen de las dos formas</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>the file has no dates written as text</source>
            <translation>el archivo no tiene fechas escritas como texto</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>{order} ({why})</source>
            <translation>{order} ({why})</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>Dates in column "{column}" can be read month first or day first; they are read month first.</source>
            <translation>Las fechas de la columna "{column}" se pueden leer con el mes primero o el día primero; se leen con el mes primero.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>Every date in column "{column}" reads two ways ("{text}" is {month_first} month first, or {day_first} day first): they are read month first. If that is wrong, choose the order in Columns… (or --date-order DMY).</source>
            <translation>Todas las fechas de la columna "{column}" se leen de dos formas ("{text}" es {month_first} con el mes primero, o {day_first} con el día primero): se leen con el mes primero. Si no es correcto, elija el orden en Columnas… (o --date-order DMY).</translation>
        </message>
    </context>
    <context>
        <name>delegates</name>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>Free</source>
            <translation>Libre</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>Tentative</source>
            <translation>Provisional</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>Busy</source>
            <translation>Ocupado</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>Out of Office</source>
            <translation>Fuera de la oficina</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>Working Elsewhere</source>
            <translation>Trabajando en otro lugar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>(blank: left as it is)</source>
            <translation>(en blanco: se deja como está)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>(blank)</source>
            <translation>(en blanco)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>Space ticks or unticks; Y or N; Delete leaves it blank (left as it is)</source>
            <translation>Espacio marca o desmarca; Y o N; Suprimir lo deja en blanco (se deja como está)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>Blank: left as it is</source>
            <translation>En blanco: se deja como está</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>✗ “{text}” is not a time I can read ({example})</source>
            <translation>✗ “{text}” no es una hora que se pueda leer ({example})</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>✓ {time} on the day in the Date column</source>
            <translation>✓ {time} del día de la columna Fecha</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>Blank: the default time zone</source>
            <translation>En blanco: la zona horaria predeterminada</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>✗ Not a time zone Apptoto knows: pick one from the list</source>
            <translation>✗ No es una zona horaria que Apptoto conozca: elija una de la lista</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>✓ {zone}, now UTC{offset}</source>
            <translation>✓ {zone}, ahora UTC{offset}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>Written differently from “{calendar}”</source>
            <translation>Escrito distinto de “{calendar}”</translation>
        </message>
        <message>
            <location filename="../../gui/qt/delegates.py" />
            <source>A calendar not seen before: Apptoto will create it</source>
            <translation>Un calendario que no se había visto: Apptoto lo creará</translation>
        </message>
    </context>
    <context>
        <name>dialogs</name>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Schedules (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt);;Excel workbooks (*.xlsx *.xlsm *.xls *.xlsb);;CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Agendas (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt);;Libros de Excel (*.xlsx *.xlsm *.xls *.xlsb);;Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>JSON files (*.json);;All files (*)</source>
            <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Open a schedule</source>
            <translation>Abrir una agenda</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Choose a sheet</source>
            <translation>Elegir una hoja</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>{file} has several sheets with data. Which one holds the schedule?</source>
            <translation>{file} tiene varias hojas con datos. ¿Cuál contiene la agenda?</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Apptoto refused the account</source>
            <translation>Apptoto rechazó la cuenta</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Rows already sent keep their results; the rest were not sent. Open the settings to check the e-mail and API key?</source>
            <translation>Las filas ya enviadas conservan sus resultados; las demás no se enviaron. ¿Abrir la configuración para revisar el correo electrónico y la clave de API?</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Open &amp;settings</source>
            <translation>Abrir la &amp;configuración</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>A send is in progress</source>
            <translation>Hay un envío en curso</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Rows are being sent to Apptoto. Stop after the batch on its way and close? Every row keeps what happened to it: rows not sent yet are marked skipped and can be sent later.</source>
            <translation>Se están enviando filas a Apptoto. ¿Detenerse después del lote en camino y cerrar? Cada fila conserva lo que le pasó: las filas que aún no se enviaron quedan como omitidas y se pueden enviar después.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>An undo is in progress</source>
            <translation>Se está deshaciendo un envío</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>A send is being undone in Apptoto. Stop after the request on its way and close? What is undone stays undone; undo the send again from Send history to finish.</source>
            <translation>Se está deshaciendo un envío en Apptoto. ¿Detenerse después de la solicitud en camino y cerrar? Lo que ya se deshizo queda deshecho; para terminar, vuelva a deshacer el envío desde el Historial de envíos.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Send rows with an unknown result?</source>
            <translation>¿Enviar filas con un resultado desconocido?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/dialogs.py" />
            <source>{count} rows may or may not have reached Apptoto. Check Apptoto first: rows with an External ID or Apptoto ID are updated, never duplicated, but a row without one could be created twice.

Send them again too?</source>
            <extracomment>English singular: {count} row may or may not have reached Apptoto. Check Apptoto first: rows with an External ID or Apptoto ID are updated, never duplicated, but a row without one could be created twice.

Send it again too?</extracomment>
            <translation>
                <numerusform>{count} fila puede haber llegado o no a Apptoto. Revise Apptoto primero: las filas con ID externo o ID de Apptoto se actualizan y nunca se duplican, pero una fila sin ninguno podría crearse dos veces.

¿Enviarla de nuevo también?</numerusform>
                <numerusform>{count} filas pueden haber llegado o no a Apptoto. Revise Apptoto primero: las filas con ID externo o ID de Apptoto se actualizan y nunca se duplican, pero una fila sin ninguno podría crearse dos veces.

¿Enviarlas de nuevo también?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Save results</source>
            <translation>Guardar resultados</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Save blank template</source>
            <translation>Guardar plantilla en blanco</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Save as workbook</source>
            <translation>Guardar como libro</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Restore your edits?</source>
            <translation>¿Restaurar sus cambios?</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Apptoto Sheets closed before your edits to {file} were saved ({what}; kept safe at {when}).</source>
            <translation>Apptoto Sheets se cerró antes de guardar sus cambios en {file} ({what}; respaldados el {when}).</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>The workbook has changed since then: edits are put back by row number and column, check them. Put the edits back?</source>
            <translation>El libro cambió desde entonces: los cambios se colocan según el número de fila y la columna; revíselos. ¿Restaurar los cambios?</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Put the edits back?</source>
            <translation>¿Restaurar los cambios?</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>&amp;Restore edits</source>
            <translation>&amp;Restaurar cambios</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>&amp;Discard them</source>
            <translation>&amp;Descartarlos</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Save your edits?</source>
            <translation>¿Guardar sus cambios?</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Your edits to {file} (and any ids and results of sending) are not saved in a workbook yet. Save them before {doing}?</source>
            <translation>Sus cambios en {file} (y los ids y resultados de envío que haya) todavía no están guardados en un libro. ¿Guardarlos antes de {doing}?</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>&amp;Save as workbook…</source>
            <translation>&amp;Guardar como libro…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>&amp;Discard</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>A new version is available</source>
            <translation>Hay una versión nueva disponible</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>&amp;Download…</source>
            <translation>&amp;Descargar…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>&amp;Later</source>
            <translation>&amp;Más tarde</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>&lt;b&gt;Something went wrong — your edits and send results are saved.&lt;/b&gt;&lt;br&gt;Apptoto Sheets keeps running. If it happens again, send the details (or the log file) to whoever supports you: they never hold your API key.</source>
            <translation>&lt;b&gt;Algo salió mal — sus cambios y los resultados de envío están guardados.&lt;/b&gt;&lt;br&gt;Apptoto Sheets sigue funcionando. Si vuelve a ocurrir, envíe los detalles (o el archivo de registro) a quien le da soporte: nunca contienen su clave de API.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>&amp;Copy details</source>
            <translation>&amp;Copiar detalles</translation>
        </message>
        <message>
            <location filename="../../gui/qt/dialogs.py" />
            <source>Open &amp;log folder</source>
            <translation>Abrir la carpeta de &amp;registros</translation>
        </message>
    </context>
    <context>
        <name>diff</name>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>the same appointment as row {row} (same calendar, start, participant, title, end and location): it would be sent once</source>
            <translation>la misma cita que la fila {row} (mismo calendario, inicio, participante, título, fin y lugar): se enviaría una sola vez</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>a cancellation that names no event (no Apptoto ID or External ID)</source>
            <translation>una cancelación que no indica ningún evento (sin ID de Apptoto ni ID externo)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>Apptoto was not asked</source>
            <translation>no se le preguntó a Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>deletes event #{id} “{title}” on {when}: its reminders stop</source>
            <translation>elimina el evento #{id} “{title}” del {when}: sus recordatorios se detienen</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>event #{id} is deleted in Apptoto already</source>
            <translation>el evento #{id} ya está eliminado en Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>nothing to cancel: {why}</source>
            <translation>no hay nada que cancelar: {why}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>editing</name>
        <message>
            <location filename="../../gui/qt/editing.py" />
            <source>&amp;Undo {step}</source>
            <translation>&amp;Deshacer {step}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/editing.py" />
            <source>&amp;Redo {step}</source>
            <translation>&amp;Rehacer {step}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/editing.py" />
            <source>Copied {count} cells.</source>
            <extracomment>English singular: Copied {count} cell.</extracomment>
            <translation>
                <numerusform>Se copió {count} celda.</numerusform>
                <numerusform>Se copiaron {count} celdas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/editing.py" />
            <source>cut</source>
            <translation>cortar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/editing.py" />
            <source>paste</source>
            <translation>pegar</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/editing.py" />
            <source>Pasted {count} cells.</source>
            <extracomment>English singular: Pasted {count} cell.</extracomment>
            <translation>
                <numerusform>Se pegó {count} celda.</numerusform>
                <numerusform>Se pegaron {count} celdas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/editing.py" />
            <source>clear</source>
            <translation>vaciar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/editing.py" />
            <source>fill down</source>
            <translation>rellenar hacia abajo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/editing.py" />
            <source>Added row {row}.</source>
            <translation>Se agregó la fila {row}.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/editing.py" />
            <source>Added rows {first}–{last}.</source>
            <translation>Se agregaron las filas {first}–{last}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/editing.py" />
            <source>Deleted {count} rows (Ctrl+Z brings them back).</source>
            <extracomment>English singular: Deleted {count} row (Ctrl+Z brings it back).</extracomment>
            <translation>
                <numerusform>Se eliminó {count} fila (Ctrl+Z la recupera).</numerusform>
                <numerusform>Se eliminaron {count} filas (Ctrl+Z las recupera).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>engine</name>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Cancelled.</source>
            <translation>Cancelado.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <location filename="../../gui/apptoto/send.py" />
            <source>Not sent: the run was cancelled.</source>
            <translation>No enviada: el envío se canceló.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Not sent: {reason}</source>
            <translation>No enviada: {reason}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Stopped by an unexpected error: {error}</source>
            <translation>Detenido por un error inesperado: {error}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Not sent: unexpected error {error}</source>
            <translation>No enviada: error inesperado {error}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>No answer recorded for this row: check Apptoto.</source>
            <translation>No se registró ninguna respuesta para esta fila: revise Apptoto.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>The send journal could not be written ({reason}): the results shown here are the only record of this send.</source>
            <translation>No se pudo escribir el registro de envíos ({reason}): los resultados que se muestran aquí son el único registro de este envío.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/engine.py" />
            <source>Sending {count} rows, {time} left</source>
            <extracomment>English singular: Sending {count} row, {time} left</extracomment>
            <translation>
                <numerusform>Enviando {count} fila, faltan {time}</numerusform>
                <numerusform>Enviando {count} filas, faltan {time}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Apptoto accepted the batch but its answer could not be matched to this row: check Apptoto.</source>
            <translation>Apptoto aceptó el lote, pero su respuesta no se pudo asociar con esta fila: revise Apptoto.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Created</source>
            <translation>Creada</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Updated</source>
            <translation>Actualizada</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Saved (Apptoto does not say whether it was new)</source>
            <translation>Guardada (Apptoto no indica si era nueva)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <location filename="../../gui/apptoto/undo.py" />
            <location filename="../../gui/qt/row_look.py" />
            <source>{outcome}. Note: {notes}.</source>
            <translation>{outcome}. Nota: {notes}.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Apptoto refused calendar “{calendar}”; sending the other rows without it</source>
            <translation>Apptoto rechazó el calendario “{calendar}”; se envían las demás filas sin él</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Apptoto rejected a batch of {count}; finding the rows it objects to</source>
            <translation>Apptoto rechazó un lote de {count}; buscando las filas que objeta</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Apptoto rejected this row: {reason} ({status}).</source>
            <translation>Apptoto rechazó esta fila: {reason} ({status}).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Unknown: check Apptoto before resending. {reason}; this row has no external_id, so it was not sent again (that could make a duplicate).</source>
            <translation>Desconocido: revise Apptoto antes de reenviar. {reason}; esta fila no tiene external_id, así que no se volvió a enviar (podría crear un duplicado).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Gave up after {count} tries: {reason}</source>
            <translation>Se abandonó después de {count} intentos: {reason}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Not saved: {reason} (gave up after {count} tries).</source>
            <translation>No se guardó: {reason} (se abandonó después de {count} intentos).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Unknown: Apptoto may have saved this row. {reason}. It carries its id/external_id, so sending it again is safe (it updates, never duplicates).</source>
            <translation>Desconocido: es posible que Apptoto haya guardado esta fila. {reason}. Lleva su id/external_id, así que es seguro enviarla de nuevo (se actualiza, nunca se duplica).</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto answered {status}: {reason}</source>
            <translation>Apptoto respondió {status}: {reason}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto refused the e-mail or API key ({status}). Check them in Settings &gt; Integrations &gt; API Keys.</source>
            <translation>Apptoto rechazó el correo electrónico o la clave de API ({status}). Revíselos en Settings &gt; Integrations &gt; API Keys.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Your sign-in with Apptoto has ended ({why}). Sign in again.</source>
            <translation>Su sesión con Apptoto terminó ({why}). Inicie sesión de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Sign-in cancelled; nothing was saved.</source>
            <translation>Inicio de sesión cancelado; no se guardó nada.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>No sign-in came back from the browser within {wait}, so Apptoto Sheets stopped waiting. Nothing was saved: start the sign-in again when you are ready.</source>
            <translation>No llegó ningún inicio de sesión desde el navegador en {wait}, así que Apptoto Sheets dejó de esperar. No se guardó nada: inicie sesión de nuevo cuando esté listo.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto says too many requests (429); asked to wait {seconds} s</source>
            <translation>Apptoto indica demasiadas solicitudes (429); pide esperar {seconds} s</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto says too many requests (429)</source>
            <translation>Apptoto indica demasiadas solicitudes (429)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>bad gateway</source>
            <translation>puerta de enlace incorrecta</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>service unavailable</source>
            <translation>servicio no disponible</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>gateway time-out</source>
            <translation>tiempo de espera de la puerta de enlace agotado</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto had a server error {status} ({name})</source>
            <translation>Apptoto tuvo un error de servidor {status} ({name})</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto had a server error {status}</source>
            <translation>Apptoto tuvo un error de servidor {status}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto rejected it ({status}): {reason}</source>
            <translation>Apptoto lo rechazó ({status}): {reason}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <location filename="../../gui/apptoto/net.py" />
            <source>the server</source>
            <translation>el servidor</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto could not be reached: the server name {host} was not found (check the address and this computer's internet connection)</source>
            <translation>No se pudo conectar con Apptoto: no se encontró el nombre del servidor {host} (revise la dirección y la conexión a internet de esta computadora)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto could not be reached: {host} refused the connection (nothing answers there: is the sandbox still running?)</source>
            <translation>No se pudo conectar con Apptoto: {host} rechazó la conexión (nada responde allí: ¿sigue funcionando el entorno de prueba?)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto could not be reached: {host} refused the connection (nothing answers there: check the address; a firewall may block it)</source>
            <translation>No se pudo conectar con Apptoto: {host} rechazó la conexión (nada responde allí: revise la dirección; puede que un firewall la bloquee)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto could not be reached: the secure connection to {host} could not be checked (its certificate was refused: a network filter or proxy may be in the way, or this computer's clock is wrong)</source>
            <translation>No se pudo conectar con Apptoto: no se pudo verificar la conexión segura con {host} (se rechazó su certificado: puede haber un filtro de red o un proxy en medio, o el reloj de esta computadora está mal)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto could not be reached: the proxy server in between failed to connect to {host} (check the proxy settings, or ask your IT support)</source>
            <translation>No se pudo conectar con Apptoto: el servidor proxy intermedio no pudo conectarse con {host} (revise la configuración del proxy o consulte a su soporte técnico)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto could not be reached: {host} did not answer in time (check this computer's internet connection)</source>
            <translation>No se pudo conectar con Apptoto: {host} no respondió a tiempo (revise la conexión a internet de esta computadora)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto did not answer in time (the request may have been applied)</source>
            <translation>Apptoto no respondió a tiempo (es posible que la solicitud se haya aplicado)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto closed the connection before answering (the request may have been applied)</source>
            <translation>Apptoto cerró la conexión antes de responder (es posible que la solicitud se haya aplicado)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto could not be reached: the connection to {host} failed</source>
            <translation>No se pudo conectar con Apptoto: falló la conexión con {host}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto's answer could not be understood: {detail}</source>
            <translation>No se pudo entender la respuesta de Apptoto: {detail}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <location filename="../../gui/apptoto/send_report.py" />
            <location filename="../../gui/qt/row_look.py" />
            <source>no reason given</source>
            <translation>sin motivo indicado</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>an error page without details</source>
            <translation>una página de error sin detalles</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>The account does not work on {server}: {reason}</source>
            <translation>La cuenta no funciona en {server}: {reason}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>{server} could not be used: {reason}.</source>
            <translation>No se pudo usar {server}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>The test failed because of an unexpected error: {error}: {reason}.</source>
            <translation>La prueba falló por un error inesperado: {error}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>estimate</name>
        <message>
            <location filename="../../gui/apptoto/estimate.py" />
            <source>about {seconds} s</source>
            <translation>unos {seconds} s</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/estimate.py" />
            <source>about {minutes} min</source>
            <translation>unos {minutes} min</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/estimate.py" />
            <source>about {hours} h {minutes} min</source>
            <translation>unas {hours} h {minutes} min</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/estimate.py" />
            <source>about {hours} h</source>
            <translation>unas {hours} h</translation>
        </message>
    </context>
    <context>
        <name>eventzones</name>
        <message>
            <location filename="../../gui/apptoto/eventzones.py" />
            <source>Times without a zone read in {zone}, the event's time zone in Apptoto.</source>
            <translation>Las horas sin zona se leen en {zone}, la zona horaria del evento en Apptoto.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/eventzones.py" />
            <source>Times without a zone read in {zone}: Apptoto gave no time zone for this event.</source>
            <translation>Las horas sin zona se leen en {zone}: Apptoto no indicó una zona horaria para este evento.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/eventzones.py" />
            <source>Apptoto shows its times at {theirs}, not {ours}: if the event is in another zone, fill Time zone.</source>
            <translation>Apptoto muestra sus horas en {theirs}, no en {ours}: si el evento está en otra zona, llene Zona horaria.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/eventzones.py" />
            <source>Times without a zone could not be read in the event's time zone {zone} ({problem}), so they were read in {default}.</source>
            <translation>Las horas sin zona no se pudieron leer en la zona horaria del evento {zone} ({problem}), así que se leyeron en {default}.</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Apptoto ID</source>
            <translation>ID de Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Apptoto's number for an event that already exists. Filled in after sending; keep it to update the event later.</source>
            <translation>El número de Apptoto de un evento que ya existe. Se llena después de enviar; consérvelo para actualizar el evento más tarde.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>External ID</source>
            <translation>ID externo</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Your own unique code for the appointment. With it, sending again updates the same event instead of making a new one.</source>
            <translation>Su propio código único para la cita. Con él, al enviar de nuevo se actualiza el mismo evento en lugar de crear uno nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <location filename="../../gui/sheets/needed.py" />
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The name of the Apptoto calendar (often the provider). A name the account does not have yet is pointed out before sending; no calendar is created unless you tick it.</source>
            <translation>El nombre del calendario de Apptoto (a menudo, el profesional). Un nombre que la cuenta aún no tiene se señala antes de enviar; no se crea ningún calendario a menos que usted lo marque.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Calendar ID</source>
            <translation>ID de calendario</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Apptoto's number for the calendar. Use this or Calendar.</source>
            <translation>El número de Apptoto del calendario. Use este o Calendario.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <location filename="../../gui/sheets/needed.py" />
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>What the appointment is called (required for a new appointment).</source>
            <translation>Cómo se llama la cita (obligatorio para una cita nueva).</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The day of the appointment, when Start and End hold only a time.</source>
            <translation>El día de la cita, cuando Inicio y Fin contienen solo una hora.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <location filename="../../gui/sheets/needed.py" />
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>When it starts: a date and time, or only a time together with the Date column (required for a new appointment).</source>
            <translation>Cuándo empieza: una fecha y hora, o solo una hora junto con la columna Fecha (obligatorio para una cita nueva).</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>End</source>
            <translation>Fin</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>When it ends: a date and time, or only a time with the Date column. Or leave it empty and fill Duration.</source>
            <translation>Cuándo termina: una fecha y hora, o solo una hora con la columna Fecha. O déjelo vacío y llene Duración.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>End date</source>
            <translation>Fecha de fin</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The day it ends, when End holds only a time and the appointment ends on another day than Date (exports from calendars have it). Empty: the same day as Date.</source>
            <translation>El día en que termina, cuando Fin contiene solo una hora y la cita termina otro día distinto de Fecha (las exportaciones de calendarios la tienen). Vacío: el mismo día que Fecha.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Duration (minutes)</source>
            <translation>Duración (minutos)</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>How long it lasts: 50, 50 min, 1h 30m, 1:30 or 1.5 hours; used to work out End when End is empty.</source>
            <translation>Cuánto dura: 50, 50 min, 1h 30m, 1:30 o 1.5 horas; se usa para calcular Fin cuando Fin está vacío.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Time zone</source>
            <translation>Zona horaria</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The time zone of the appointment, e.g. America/New_York or Eastern Time (US &amp; Canada). Empty: the default zone.</source>
            <translation>La zona horaria de la cita, p. ej. America/New_York o Eastern Time (US &amp; Canada). Vacío: la zona predeterminada.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>All day</source>
            <translation>Todo el día</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>yes / no (also true/false, 1/0, x): the appointment lasts the whole day.</source>
            <translation>sí / no (también true/false, 1/0, x): la cita dura todo el día.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Show as</source>
            <translation>Mostrar como</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Free, Tentative, Busy, Out of Office or Working Elsewhere (or 0-4). Empty: Busy.</source>
            <translation>Free, Tentative, Busy, Out of Office o Working Elsewhere (o 0-4). Vacío: Busy.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Location</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Where it happens.</source>
            <translation>Dónde se realiza.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Description or notes of the appointment. Write #auto here to ask Apptoto to send its auto messages.</source>
            <translation>Descripción o notas de la cita. Escriba #auto aquí para pedir a Apptoto que envíe sus mensajes automáticos.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Appointment status</source>
            <translation>Estado de la cita</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The appointment's status in the system it came from (booked, confirmed, cancelled...). Read, never sent.</source>
            <translation>El estado de la cita en el sistema de origen (reservada, confirmada, cancelada...). Se lee, nunca se envía.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant name</source>
            <translation>Nombre del participante</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant {number} name</source>
            <translation>Nombre del participante {number}</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The person's name.</source>
            <translation>El nombre de la persona.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant e-mail</source>
            <translation>Correo del participante</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant {number} e-mail</source>
            <translation>Correo del participante {number}</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The person's e-mail address.</source>
            <translation>La dirección de correo electrónico de la persona.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant phone</source>
            <translation>Teléfono del participante</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant {number} phone</source>
            <translation>Teléfono del participante {number}</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The person's phone (mobile for text messages). +44... keeps its country.</source>
            <translation>El teléfono de la persona (celular para mensajes de texto). +44... conserva su país.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant contact ID</source>
            <translation>ID de contacto del participante</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant {number} contact ID</source>
            <translation>ID de contacto del participante {number}</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Apptoto's number for an existing contact (then leave name, e-mail and phone empty).</source>
            <translation>El número de Apptoto de un contacto existente (entonces deje vacíos el nombre, el correo y el teléfono).</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant contact external ID</source>
            <translation>ID externo de contacto del participante</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant {number} contact external ID</source>
            <translation>ID externo de contacto del participante {number}</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Your code for a contact you created in Apptoto.</source>
            <translation>Su código para un contacto que creó en Apptoto.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant first name</source>
            <translation>Nombre de pila del participante</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant {number} first name</source>
            <translation>Nombre de pila del participante {number}</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The person's first name: joined with the last name into the name sent.</source>
            <translation>El nombre de pila de la persona: se une con el apellido en el nombre que se envía.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant last name</source>
            <translation>Apellido del participante</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant {number} last name</source>
            <translation>Apellido del participante {number}</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The person's last name: joined after the first name into the name sent.</source>
            <translation>El apellido de la persona: se une después del nombre de pila en el nombre que se envía.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Custom data attached to the event, usable in Apptoto's conditions and templates.</source>
            <translation>Datos personalizados del evento, que se pueden usar en las condiciones y plantillas de Apptoto.</translation>
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Custom: {key}</source>
            <translation>Personalizado: {key}</translation>
        </message>
        <message>
            <source>The name of the Apptoto calendar (often the provider). A name Apptoto does not know yet creates a new calendar.</source>
            <translation type="vanished">El nombre del calendario de Apptoto (a menudo, el profesional). Un nombre que Apptoto aún no conoce crea un calendario nuevo.</translation>
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>{file} was refused: it is {size} MB, more than the {most} MB of text this app reads.</source>
            <translation>{file} se rechazó: pesa {size} MB, más que los {most} MB de texto que lee esta aplicación.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>{file} was refused: line {line} has a field of more than {most} characters (a spreadsheet cell holds at most 32,767).</source>
            <translation>{file} se rechazó: la línea {line} tiene un campo de más de {most} caracteres (una celda de hoja de cálculo admite como máximo 32,767).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>{file} is not a readable CSV file: line {line}: {reason}.</source>
            <translation>{file} no es un archivo CSV legible: línea {line}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>tabs</source>
            <translation>tabulaciones</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>commas</source>
            <translation>comas</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>semicolons</source>
            <translation>puntos y comas</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>bars</source>
            <translation>barras</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>{file} was refused: the row on line {line} has more than {most} fields (separated by {separators}), more columns than a sheet can hold.</source>
            <translation>{file} se rechazó: la fila de la línea {line} tiene más de {most} campos (separados por {separators}), más columnas de las que cabe en una hoja.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>{file} was refused: {rows} rows by {columns} columns (row {widest} is the widest) make more than the {most} cells this app reads.</source>
            <translation>{file} se rechazó: {rows} filas por {columns} columnas (la fila {widest} es la más ancha) superan las {most} celdas que lee esta aplicación.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>{rows} and {count} more</source>
            <translation>{rows} y {count} más</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>Rows {rows} are not in UTF-8 like the rest of the file and were read as Windows-1252 (Western European): check their accented letters.</source>
            <extracomment>English singular: Row {rows} is not in UTF-8 like the rest of the file and was read as Windows-1252 (Western European): check their accented letters.</extracomment>
            <translation>
                <numerusform>La fila {rows} no está en UTF-8 como el resto del archivo y se leyó como Windows-1252 (Europa occidental): revise sus letras acentuadas.</numerusform>
                <numerusform>Las filas {rows} no están en UTF-8 como el resto del archivo y se leyeron como Windows-1252 (Europa occidental): revise sus letras acentuadas.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/sheets/guard.py" />
            <source>{file} is damaged: its part {part}, the list of its sheets, is missing.</source>
            <translation>{file} está dañado: falta su parte {part}, la lista de sus hojas.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/guard.py" />
            <source>{file} is damaged: its shared strings claim {count} strings in {size} bytes. Open it in Excel and save it again.</source>
            <translation>{file} está dañado: sus cadenas compartidas dicen tener {count} cadenas en {size} bytes. Ábralo en Excel y guárdelo de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/ods_extent.py" />
            <source>{file} is damaged: its content has a tag longer than 1 MB.</source>
            <translation>{file} está dañado: su contenido tiene una etiqueta de más de 1 MB.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/ods_extent.py" />
            <source>{sheet} was refused: its sheets reach {count} cells together (a repeated row or column counts each time), more than the {most} this app reads. Delete the rows and columns you do not use, save, and try again.</source>
            <translation>{sheet} se rechazó: sus hojas suman {count} celdas (una fila o columna repetida cuenta cada vez), más de las {most} que lee esta aplicación. Elimine las filas y columnas que no usa, guarde e intente de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{file} is too large to load into memory.</source>
            <translation>{file} es demasiado grande para cargarlo en memoria.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{file} is empty: it holds no data.</source>
            <translation>{file} está vacío: no contiene datos.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{file} is empty.</source>
            <translation>{file} está vacía.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{file} is empty: none of its sheets holds any data.</source>
            <translation>{file} está vacío: ninguna de sus hojas contiene datos.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{file} is protected with a password. Remove the password in Excel and try again.</source>
            <translation>{file} está protegido con contraseña. Quite la contraseña en Excel e intente de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{file} is damaged or not a workbook this app can read ({reason}).</source>
            <translation>{file} está dañado o no es un libro que esta aplicación pueda leer ({reason}).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{sheets} (hidden: {hidden})</source>
            <translation>{sheets} (ocultas: {hidden})</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{file} has no sheet named "{sheet}". Its sheets are: {sheets}.</source>
            <translation>{file} no tiene ninguna hoja llamada "{sheet}". Sus hojas son: {sheets}.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{sheet}, row {row}, column {column}: the cell holds a number no spreadsheet can hold (infinity or NaN), and this app cannot read the sheet around it. Clear that cell in Excel, save, and try again.</source>
            <translation>{sheet}, fila {row}, columna {column}: la celda contiene un número que ninguna hoja de cálculo admite (infinito o NaN), y esta aplicación no puede leer la hoja a su alrededor. Vacíe esa celda en Excel, guarde e intente de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{sheet}: row {row}, given as the header row, is outside the data (rows {first} to {last}).</source>
            <translation>{sheet}: la fila {row}, indicada como fila de encabezados, está fuera de los datos (filas {first} a {last}).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{sheet}: row {row}, given as the header row, is blank.</source>
            <translation>{sheet}: la fila {row}, indicada como fila de encabezados, está en blanco.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{sheet} has no recognisable header row: none of its first {count} rows names known columns such as Title, Start, End or Client Name. Add a header row or choose the columns with a mapping file.</source>
            <translation>{sheet} no tiene una fila de encabezados reconocible: ninguna de sus primeras {count} filas nombra columnas conocidas como Title, Start, End o Client Name. Agregue una fila de encabezados o elija las columnas con un archivo de asignación.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file}, sheet "{sheet}"</source>
            <translation>{file}, hoja "{sheet}"</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} was not found ({path}).</source>
            <translation>{file} no se encontró ({path}).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is a folder, not a workbook.</source>
            <translation>{file} es una carpeta, no un libro.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} cannot be read: {reason}.</source>
            <translation>{file} no se puede leer: {reason}.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} cannot be opened: permission denied (it may be open in another program, or you may not have access).</source>
            <translation>{file} no se puede abrir: permiso denegado (puede estar abierto en otro programa o puede que usted no tenga acceso).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a named pipe</source>
            <translation>una canalización con nombre</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a socket</source>
            <translation>un socket</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a device</source>
            <translation>un dispositivo</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>not an ordinary file</source>
            <translation>algo que no es un archivo normal</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is {what}, not a file with a schedule in it: save the schedule as a file and open that.</source>
            <translation>{file} es {what}, no un archivo que contenga una agenda: guarde la agenda como archivo y abra ese archivo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is empty (0 bytes).</source>
            <translation>{file} está vacío (0 bytes).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a PDF document</source>
            <translation>un documento PDF</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a web page (HTML) with a spreadsheet name</source>
            <translation>una página web (HTML) con nombre de hoja de cálculo</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>an XML file (perhaps the old Excel 2003 XML format)</source>
            <translation>un archivo XML (quizá el antiguo formato XML de Excel 2003)</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a damaged zip file</source>
            <translation>un archivo zip dañado</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a text file</source>
            <translation>un archivo de texto</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>not a file type this app can read</source>
            <translation>un tipo de archivo que esta aplicación no puede leer</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is not a workbook: it is {what}. Open it in Excel and save it as .xlsx, or save it as .csv.</source>
            <translation>{file} no es un libro: es {what}. Ábralo en Excel y guárdelo como .xlsx o como .csv.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is not a workbook or CSV file: it is {what}.</source>
            <translation>{file} no es un libro ni un archivo CSV: es {what}.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a Word document</source>
            <translation>un documento de Word</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a PowerPoint presentation</source>
            <translation>una presentación de PowerPoint</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>an OpenDocument file that is not a spreadsheet</source>
            <translation>un archivo OpenDocument que no es una hoja de cálculo</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a zip file that holds no spreadsheet</source>
            <translation>un archivo zip que no contiene ninguna hoja de cálculo</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is not a workbook: it is {what}.</source>
            <translation>{file} no es un libro: es {what}.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is damaged: it is an incomplete or corrupt zip file (perhaps the download or copy was cut short).</source>
            <translation>{file} está dañado: es un archivo zip incompleto o corrupto (quizá la descarga o la copia se interrumpió).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is damaged and cannot be read ({reason}).</source>
            <translation>{file} está dañado y no se puede leer ({reason}).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} was refused: its part {part} would expand {ratio} times to {size} MB (a zip bomb?).</source>
            <translation>{file} se rechazó: su parte {part} se expandiría {ratio} veces hasta {size} MB (¿una bomba zip?).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} was refused: it would expand to {size} GB, more than the {most} GB this app reads.</source>
            <translation>{file} se rechazó: se expandiría hasta {size} GB, más que los {most} GB que lee esta aplicación.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save, and try again.</source>
            <translation>{file} está protegido con contraseña. Ábralo en Excel, quite la contraseña (Archivo &gt; Información &gt; Proteger libro), guarde e intente de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>another kind of Office file</source>
            <translation>otro tipo de archivo de Office</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>{file} is damaged: {reason} Open it in Excel and save it again, or save it as .xlsx.</source>
            <translation>{file} está dañado: {reason} Ábralo en Excel y guárdelo de nuevo, o guárdelo como .xlsx.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>it is too short to be a workbook.</source>
            <translation>es demasiado corto para ser un libro.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>its header is not a spreadsheet's.</source>
            <translation>su encabezado no es el de una hoja de cálculo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>its header gives absurd table sizes.</source>
            <translation>su encabezado indica tamaños de tabla absurdos.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>it points past its own end.</source>
            <translation>apunta más allá de su propio final.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>its table of sectors loops.</source>
            <translation>su tabla de sectores forma un ciclo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>its table of sectors is longer than the file.</source>
            <translation>su tabla de sectores es más larga que el archivo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>a chain of its sectors loops.</source>
            <translation>una cadena de sus sectores forma un ciclo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>a chain of its sectors points past its table.</source>
            <translation>una cadena de sus sectores apunta más allá de su tabla.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>its directory is empty.</source>
            <translation>su directorio está vacío.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>its directory gives an absurd size.</source>
            <translation>su directorio indica un tamaño absurdo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>it holds no Workbook stream.</source>
            <translation>no contiene ningún flujo Workbook.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>a chain of its small sectors points past its table.</source>
            <translation>una cadena de sus sectores pequeños apunta más allá de su tabla.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>{sheet} is damaged: it claims {count} cells, more than the {most} this app reads. Open it in Excel and save it again.</source>
            <translation>{sheet} está dañada: dice tener {count} celdas, más de las {most} que lee esta aplicación. Ábrala en Excel y guárdela de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>(An .xls holds all its sheets at once: they count together.) Delete the rows and columns you do not use, save, and try again.</source>
            <translation>(Un .xls contiene todas sus hojas a la vez: cuentan juntas.) Elimine las filas y columnas que no usa, guarde e intente de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_extent.py" />
            <source>In Excel, press Ctrl+End to find that cell, delete the rows and columns you do not use, save, and try again.</source>
            <translation>En Excel, presione Ctrl+Fin para encontrar esa celda, elimine las filas y columnas que no usa, guarde e intente de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_extent.py" />
            <source>{file} was refused: its cells reach as far as {last} ({rows} rows by {columns} columns), more than the {most} cells this app reads. {advice}</source>
            <translation>{file} se rechazó: sus celdas llegan hasta {last} ({rows} filas por {columns} columnas), más de las {most} celdas que lee esta aplicación. {advice}</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_extent.py" />
            <source>{file} is damaged: its part {part} has a tag longer than {most} MB.</source>
            <translation>{file} está dañado: su parte {part} tiene una etiqueta de más de {most} MB.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_parts.py" />
            <source>{file} cannot be read: its part {part} is written in UTF-16, which Excel never does. Open it in Excel, save it, and try again.</source>
            <translation>{file} no se puede leer: su parte {part} está escrita en UTF-16, algo que Excel nunca hace. Ábralo en Excel, guárdelo e intente de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_parts.py" />
            <source>{sheet} is damaged: it points to {part}, outside the workbook.</source>
            <translation>{sheet} está dañada: apunta a {part}, fuera del libro.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_parts.py" />
            <source>{sheet} is damaged: its cells should be in the part {part}, which is missing from the file.</source>
            <translation>{sheet} está dañada: sus celdas deberían estar en la parte {part}, que falta en el archivo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} was refused: its part {part} unpacks to more than {most} MB, far more than a workbook needs.</source>
            <translation>{file} se rechazó: su parte {part} se descomprime a más de {most} MB, mucho más de lo que necesita un libro.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} is damaged: its part {part} is encrypted.</source>
            <translation>{file} está dañado: su parte {part} está cifrada.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} cannot be read: its part {part} is packed in a way this app does not know (zip method {method}). Save it again in Excel.</source>
            <translation>{file} no se puede leer: su parte {part} está comprimida de una forma que esta aplicación no conoce (método zip {method}). Guárdelo de nuevo en Excel.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} is damaged: its part {part} is not where the file's table of contents says (perhaps the download or copy went wrong).</source>
            <translation>{file} está dañado: su parte {part} no está donde indica el índice del archivo (quizá la descarga o la copia salió mal).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} is damaged: its part {part} cannot be unpacked ({reason}).</source>
            <translation>{file} está dañado: su parte {part} no se puede descomprimir ({reason}).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} is damaged: its part {part} holds {size} bytes, not the {expected} the file's table of contents says.</source>
            <translation>{file} está dañado: su parte {part} tiene {size} bytes, no los {expected} que indica el índice del archivo.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} is damaged: its part {part} is incomplete (perhaps the download or copy was cut short).</source>
            <translation>{file} está dañado: su parte {part} está incompleta (quizá la descarga o la copia se interrumpió).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} was refused: its part {part} unpacks to more than the {most} GB this app reads.</source>
            <translation>{file} se rechazó: su parte {part} se descomprime a más de los {most} GB que lee esta aplicación.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} was refused: its part {part} unpacks to more than {ratio} times its packed size (a zip bomb?).</source>
            <translation>{file} se rechazó: su parte {part} se descomprime a más de {ratio} veces su tamaño comprimido (¿una bomba zip?).</translation>
        </message>
    </context>
    <context>
        <name>find_dialog</name>
        <message>
            <location filename="../../gui/qt/editing.py" />
            <location filename="../../gui/qt/find_dialog.py" />
            <source>“{text}” was not found.</source>
            <translation>No se encontró “{text}”.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/find_dialog.py" />
            <source>Replace &amp;with:</source>
            <translation>Reemplazar &amp;con:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/find_dialog.py" />
            <source>Match &amp;case</source>
            <translation>Coincidir &amp;mayúsculas y minúsculas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/find_dialog.py" />
            <source>Match &amp;entire cell contents</source>
            <translation>Coincidir con el contenido &amp;completo de la celda</translation>
        </message>
        <message>
            <location filename="../../gui/qt/find_dialog.py" />
            <source>Only in the &amp;selected cells</source>
            <translation>Solo en las celdas &amp;seleccionadas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/find_dialog.py" />
            <source>Fi&amp;nd what:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/find_dialog.py" />
            <source>&amp;Find next</source>
            <translation>Buscar &amp;siguiente</translation>
        </message>
        <message>
            <location filename="../../gui/qt/find_dialog.py" />
            <source>&amp;Replace</source>
            <translation>&amp;Reemplazar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/find_dialog.py" />
            <source>Replace &amp;all</source>
            <translation>Reemplazar &amp;todo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/find_dialog.py" />
            <source>Replace</source>
            <translation>Reemplazar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/find_dialog.py" />
            <source>Find</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/find_dialog.py" />
            <source>replace</source>
            <translation>reemplazar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/find_dialog.py" />
            <source>replace all</source>
            <translation>reemplazar todo</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/find_dialog.py" />
            <source>Replaced {count} cells.</source>
            <extracomment>English singular: Replaced {count} cell.</extracomment>
            <translation>
                <numerusform>Se reemplazó {count} celda.</numerusform>
                <numerusform>Se reemplazaron {count} celdas.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>grid</name>
        <message>
            <location filename="../../gui/qt/grid.py" />
            <source>Schedule rows</source>
            <translation>Filas de la agenda</translation>
        </message>
    </context>
    <context>
        <name>guess</name>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>phone numbers</source>
            <translation>números de teléfono</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>e-mail addresses</source>
            <translation>direcciones de correo electrónico</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>dates</source>
            <translation>fechas</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>times of day</source>
            <translation>horas del día</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>dates with times</source>
            <translation>fechas con horas</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>durations</source>
            <translation>duraciones</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>"{column}" holds {what}</source>
            <translation>"{column}" contiene {what}</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>"{column}" holds {what} (the earlier ones)</source>
            <translation>"{column}" contiene {what} (las más tempranas)</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>"{column}" holds {what} (the later ones)</source>
            <translation>"{column}" contiene {what} (las más tardías)</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>{columns} and "{column}"</source>
            <translation>{columns} y "{column}"</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>{columns} all hold {what}</source>
            <translation>{columns} contienen {what}</translation>
        </message>
    </context>
    <context>
        <name>help_guide</name>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>1. Open your schedule</source>
            <translation>1. Abra su agenda</translation>
        </message>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>File ▸ Open (Ctrl+O), or drop an Excel or CSV file on the window. Your file is only read: the app never writes over it.</source>
            <translation>Archivo ▸ Abrir (Ctrl+O), o arrastre un archivo de Excel o CSV a la ventana. Su archivo solo se lee: la aplicación nunca lo sobrescribe.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>2. Check the columns</source>
            <translation>2. Revise las columnas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>If the app cannot tell which column is the start time, the calendar or the client's phone, the Columns window (Ctrl+M) asks. Your choice is remembered for files with the same headings.</source>
            <translation>Si la aplicación no puede saber qué columna es la hora de inicio, el calendario o el teléfono del cliente, la ventana Columnas (Ctrl+M) le pregunta. Su elección se recuerda para los archivos con los mismos encabezados.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>3. Fix what is marked</source>
            <translation>3. Corrija lo marcado</translation>
        </message>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>A cell with a red round mark has an error: that row cannot be sent until it is fixed. An amber triangle is a warning. The Problems panel lists them all; F8 goes to the next one. Edit cells as in Excel: type, Enter, Ctrl+Z to undo.</source>
            <translation>Una celda con una marca roja redonda tiene un error: esa fila no se puede enviar hasta corregirlo. Un triángulo ámbar es una advertencia. El panel Problemas los muestra todos; F8 va al siguiente. Edite las celdas como en Excel: escriba, Enter, Ctrl+Z para deshacer.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>4. Choose the rows to send</source>
            <translation>4. Elija las filas que desea enviar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>Tick the rows in the Send column (Space ticks the current row; click the Send heading to tick or untick every row shown). The Preview shows exactly what will be sent.</source>
            <translation>Marque las filas en la columna Enviar (Espacio marca la fila actual; haga clic en el encabezado Enviar para marcar o desmarcar todas las filas visibles). La Vista previa muestra exactamente lo que se enviará.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>5. Compare, then send</source>
            <translation>5. Compare y después envíe</translation>
        </message>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>Apptoto ▸ Compare with Apptoto (F5) shows what each row would change. Send (Ctrl+Enter) says what will happen and asks before anything leaves. Each row's Send status then says what Apptoto did.</source>
            <translation>Apptoto ▸ Comparar con Apptoto (F5) muestra qué cambiaría cada fila. Enviar (Ctrl+Enter) dice qué va a pasar y pregunta antes de que salga nada. Después, el Estado del envío de cada fila dice qué hizo Apptoto.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/help_guide.py" />
            <source>Apptoto Sheets sends the appointments in your Excel schedule to Apptoto, so your clients get their reminders.</source>
            <translation>Apptoto Sheets envía a Apptoto las citas de su agenda de Excel, para que sus clientes reciban sus recordatorios.</translation>
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>finished</source>
            <translation>terminado</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>auth_failed</source>
            <translation>acceso rechazado</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>did not finish</source>
            <translation>no terminó</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>undone {when}</source>
            <translation>deshecho el {when}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/history.py" />
            <source>partly undone ({count} rows left)</source>
            <extracomment>English singular: partly undone ({count} row left)</extracomment>
            <translation>
                <numerusform>deshecho en parte (queda {count} fila)</numerusform>
                <numerusform>deshecho en parte (quedan {count} filas)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>nothing sent</source>
            <translation>no se envió nada</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>undo of run {run} {status}</source>
            <translation>deshacer el envío {run} {status}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>No send to {user} on {server} is in the history on this computer.</source>
            <translation>No hay ningún envío a {user} en {server} en el historial de esta computadora.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>No send is in the history on this computer.</source>
            <translation>No hay ningún envío en el historial de esta computadora.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>“{run}” is too short to name a send: give at least 4 characters of its run id (`apptoto-sheets history` lists them), or “last”.</source>
            <translation>“{run}” es demasiado corto para identificar un envío: indique al menos 4 caracteres de su id (`apptoto-sheets history` los muestra), o “last”.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>No send in the history has the run id “{run}” (`apptoto-sheets history` lists them).</source>
            <translation>Ningún envío del historial tiene el id “{run}” (`apptoto-sheets history` los muestra).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>“{run}” starts the run ids of {count} sends: give more of it.</source>
            <translation>“{run}” es el comienzo de los ids de {count} envíos: indique más caracteres.</translation>
        </message>
    </context>
    <context>
        <name>history_controller</name>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>Cannot undo this send</source>
            <translation>No se puede deshacer este envío</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>The send can be undone once the {job} has ended.</source>
            <translation>El envío se podrá deshacer cuando termine {job}.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>Preparing the undo</source>
            <translation>Preparando la acción de deshacer</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>asking Apptoto what it has now of the events this send changed</source>
            <translation>preguntando a Apptoto qué tiene ahora de los eventos que cambió este envío</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>Stop (nothing is changed)</source>
            <translation>Detener (no se cambia nada)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>Undo stopped before anything was changed.</source>
            <translation>Se detuvo la acción de deshacer antes de cambiar nada.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>Undo this send</source>
            <translation>Deshacer este envío</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>Nothing was undone.</source>
            <translation>No se deshizo nada.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>Undoing</source>
            <translation>Deshaciendo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>Stop after the request being sent (what is undone stays undone; undo the send again to finish)</source>
            <translation>Detenerse después de la solicitud en curso (lo que ya se deshizo queda deshecho; para terminar, vuelva a deshacer el envío)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>stopping after this request</source>
            <translation>deteniéndose después de esta solicitud</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>Undoing the send in Apptoto: you can go on editing meanwhile.</source>
            <translation>Deshaciendo el envío en Apptoto: mientras tanto puede seguir editando.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>The send is partly undone</source>
            <translation>El envío quedó deshecho en parte</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/history_controller.py" />
            <source>Undo of the send of {file}: {count} events undone</source>
            <extracomment>English singular: Undo of the send of {file}: {count} event undone</extracomment>
            <translation>
                <numerusform>Deshacer el envío de {file}: se deshizo {count} evento</numerusform>
                <numerusform>Deshacer el envío de {file}: se deshicieron {count} eventos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>{summary}, {count} not (undo the send again to finish)</source>
            <translation>{summary}, {count} no (vuelva a deshacer el envío para terminar)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/history_controller.py" />
            <source>{count} rows show it in the grid.</source>
            <extracomment>English singular: {count} row shows it in the grid.</extracomment>
            <translation>
                <numerusform>{count} fila lo muestra en la tabla.</numerusform>
                <numerusform>{count} filas lo muestran en la tabla.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>The undo stopped by an unexpected error: {error}. What was undone stays undone; the history says how far it got.</source>
            <translation>La acción de deshacer se detuvo por un error inesperado: {error}. Lo que ya se deshizo queda deshecho; el historial indica hasta dónde llegó.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>Undo stopped</source>
            <translation>Se detuvo la acción de deshacer</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_controller.py" />
            <source>{problem} Nothing was undone.</source>
            <translation>{problem} No se deshizo nada.</translation>
        </message>
    </context>
    <context>
        <name>history_dialog</name>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>How it ended</source>
            <translation>Cómo terminó</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>Created</source>
            <translation>Creadas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>Updated</source>
            <translation>Actualizadas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>Deleted</source>
            <translation>Eliminadas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>Failed</source>
            <translation>Fallidas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>Undone</source>
            <translation>Deshechas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>Apptoto: {server}  as {user}</source>
            <translation>Apptoto: {server}  como {user}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>No request was sent in this run.</source>
            <translation>En este envío no se mandó ninguna solicitud.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>── Request {number} at {when}: rows {rows}</source>
            <translation>── Solicitud {number} a las {when}: filas {rows}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>── Answer: {status}: {error}</source>
            <translation>── Respuesta: {status}: {error}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>── Answer: {status}</source>
            <translation>── Respuesta: {status}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>── No answer was recorded (the run stopped here).</source>
            <translation>── No se registró ninguna respuesta (el envío se detuvo aquí).</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>an undo of the send of {when}</source>
            <translation>deshacer el envío del {when}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>an undo</source>
            <translation>deshacer un envío</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>Sent to {user} on {server}</source>
            <translation>Enviado a {user} en {server}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>Send history</source>
            <translation>Historial de envíos</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>Reading the journal…</source>
            <translation>Leyendo el registro de envíos…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>&amp;Undo this send…</source>
            <translation>&amp;Deshacer este envío…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/history_dialog.py" />
            <source>{count} send runs, newest first. Choose a send to see what was sent and what came back, or to undo it.</source>
            <extracomment>English singular: {count} send run, newest first. Choose a send to see what was sent and what came back, or to undo it.</extracomment>
            <translation>
                <numerusform>{count} envío, el más reciente primero. Elija un envío para ver qué se envió y qué se recibió, o para deshacerlo.</numerusform>
                <numerusform>{count} envíos, los más recientes primero. Elija un envío para ver qué se envió y qué se recibió, o para deshacerlo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>Nothing has been sent yet.</source>
            <translation>Todavía no se ha enviado nada.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>An undo cannot itself be undone here: send the rows again instead.</source>
            <translation>Aquí no se puede deshacer una acción de deshacer: envíe las filas de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>Delete in Apptoto what this send created and put back what it changed (asks first, says what will happen)</source>
            <translation>Eliminar en Apptoto lo que creó este envío y restaurar lo que cambió (pregunta antes y dice qué va a pasar)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>The journal could not be read: {problem}</source>
            <translation>No se pudo leer el registro de envíos: {problem}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/history_dialog.py" />
            <source>Reading…</source>
            <translation>Leyendo…</translation>
        </message>
        <message numerus="yes">
            <source>{count} runs, newest first. Choose a send to see what was sent and what came back, or to undo it.</source>
            <extracomment>English singular: {count} run, newest first. Choose a send to see what was sent and what came back, or to undo it.</extracomment>
            <translation type="vanished">
                <numerusform>{count} envío, el más reciente primero. Elija un envío para ver qué se envió y qué se recibió, o para deshacerlo.</numerusform>
                <numerusform>{count} envíos, los más recientes primero. Elija un envío para ver qué se envió y qué se recibió, o para deshacerlo.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>identity</name>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same participant and calendar on the same day, at {when}</source>
            <translation>el mismo participante y calendario el mismo día, a las {when}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same start ({when}) and participant, but Apptoto answered only its calendar's number, so the calendar could not be compared</source>
            <translation>el mismo inicio ({when}) y participante, pero Apptoto solo respondió el número de su calendario, así que no se pudo comparar el calendario</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same start ({when}) and title, but Apptoto answered only its calendar's number, so the calendar could not be compared</source>
            <translation>el mismo inicio ({when}) y título, pero Apptoto solo respondió el número de su calendario, así que no se pudo comparar el calendario</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same calendar, start ({when}) and participant</source>
            <translation>el mismo calendario, inicio ({when}) y participante</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same calendar, start ({when}) and title</source>
            <translation>el mismo calendario, inicio ({when}) y título</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same calendar and start ({when}) and a participant of the same name with other contact details</source>
            <translation>el mismo calendario e inicio ({when}) y un participante con el mismo nombre pero otros datos de contacto</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same calendar, start ({when}) and title, but only one of them has participants</source>
            <translation>el mismo calendario, inicio ({when}) y título, pero solo uno de los dos tiene participantes</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same calendar and start ({when}), another title ({title})</source>
            <translation>el mismo calendario e inicio ({when}), otro título ({title})</translation>
        </message>
    </context>
    <context>
        <name>job_panel</name>
        <message>
            <location filename="../../gui/qt/job_panel.py" />
            <source>about {seconds} s left</source>
            <translation>faltan unos {seconds} s</translation>
        </message>
        <message>
            <location filename="../../gui/qt/job_panel.py" />
            <source>about {minutes} min left</source>
            <translation>faltan unos {minutes} min</translation>
        </message>
        <message>
            <location filename="../../gui/qt/job_panel.py" />
            <source>Progress</source>
            <translation>Progreso</translation>
        </message>
        <message>
            <location filename="../../gui/qt/job_panel.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/job_panel.py" />
            <source>Grid read-only</source>
            <translation>Tabla de solo lectura</translation>
        </message>
        <message>
            <location filename="../../gui/qt/job_panel.py" />
            <source>What happened to the rows sent in this session</source>
            <translation>Qué pasó con las filas enviadas en esta sesión</translation>
        </message>
        <message>
            <location filename="../../gui/qt/job_panel.py" />
            <source>Sending</source>
            <translation>Enviando</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/job_panel.py" />
            <source>{job}: {done} / {count} rows</source>
            <extracomment>English singular: {job}: {done} / {count} row</extracomment>
            <translation>
                <numerusform>{job}: {done} / {count} fila</numerusform>
                <numerusform>{job}: {done} / {count} filas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/job_panel.py" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/job_panel.py" />
            <source>stopping after this batch</source>
            <translation>deteniéndose después de este lote</translation>
        </message>
        <message>
            <location filename="../../gui/qt/job_panel.py" />
            <source>Results: {counts}</source>
            <translation>Resultados: {counts}</translation>
        </message>
    </context>
    <context>
        <name>journal</name>
        <message>
            <location filename="../../gui/apptoto/journal.py" />
            <source>cannot write to {folder}: {reason}</source>
            <translation>no se puede escribir en {folder}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>listing</name>
        <message>
            <location filename="../../gui/apptoto/listing.py" />
            <source>{first} and {last}</source>
            <translation>{first} y {last}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/listing.py" />
            <source>cancelled</source>
            <translation>cancelado</translation>
        </message>
    </context>
    <context>
        <name>load</name>
        <message>
            <location filename="../../gui/sheets/load.py" />
            <source>Mapping: {mapping}</source>
            <translation>Asignación: {mapping}</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/load.py" />
            <source>{mapping}, remembered for files with these columns.</source>
            <translation>{mapping}, recordada para archivos con estas columnas.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/load.py" />
            <source>The columns could not be remembered for the next file: {reason}</source>
            <translation>Las columnas no se pudieron recordar para el próximo archivo: {reason}</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/load.py" />
            <source>{note}; none of them is used until the mapping says which.</source>
            <translation>{note}; no se usa ninguna hasta que la asignación indique cuál.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/load.py" />
            <source>{note}: used as {label}.</source>
            <translation>{note}: se usa como {label}.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/load.py" />
            <source>{note}: it looks like {label} (choose its field in Columns…).</source>
            <translation>{note}: parece ser {label} (elija su campo en Columnas…).</translation>
        </message>
    </context>
    <context>
        <name>loader</name>
        <message>
            <location filename="../../gui/qt/loader.py" />
            <source>Opening {file}…</source>
            <translation>Abriendo {file}…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/loader.py" />
            <source>Applying the column mapping…</source>
            <translation>Aplicando la asignación de columnas…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/loader.py" />
            <source>{file} could not be opened: {error}: {problem}</source>
            <translation>{file} no se pudo abrir: {error}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>loopback</name>
        <message>
            <location filename="../../gui/apptoto/loopback.py" />
            <source>Cannot receive the sign-in on this computer's port {port}: {reason}.</source>
            <translation>No se puede recibir el inicio de sesión en el puerto {port} de esta computadora: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>main_window</name>
        <message>
            <location filename="../../gui/qt/main_window.py" />
            <source>Open a schedule with File ▸ Open (Ctrl+O), or drop a workbook or CSV file here.</source>
            <translation>Abra una agenda con Archivo ▸ Abrir (Ctrl+O), o arrastre aquí un libro de Excel o un archivo CSV.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/main_window.py" />
            <source>{file} can be opened once the {job} has ended.</source>
            <translation>{file} se podrá abrir cuando termine {job}.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/main_window.py" />
            <source>opening {file}</source>
            <translation>abrir {file}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/main_window.py" />
            <source>reading the file again</source>
            <translation>volver a leer el archivo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/main_window.py" />
            <source>Cannot open {file}</source>
            <translation>No se puede abrir {file}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/main_window.py" />
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/main_window.py" />
            <source>Review appointment schedules kept in Excel and send them to Apptoto.</source>
            <translation>Revise las agendas de citas que lleva en Excel y envíelas a Apptoto.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/main_window.py" />
            <source>closing the window</source>
            <translation>cerrar la ventana</translation>
        </message>
    </context>
    <context>
        <name>mapping</name>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" is not a known column; it is ignored.</source>
            <translation>"{column}" no es una columna conocida; se ignora.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>The mapping names a column "{column}" that is not in the sheet.</source>
            <translation>La asignación nombra una columna "{column}" que no está en la hoja.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source}: "{column}" is mapped to "{name}", which is not a known column name (for example title, start_time, participant_phone, custom_data.room).</source>
            <translation>{source}: "{column}" está asignada a "{name}", que no es un nombre de columna conocido (por ejemplo title, start_time, participant_phone, custom_data.room).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>The mapping</source>
            <translation>La asignación</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" is ignored, as the mapping says.</source>
            <translation>"{column}" se ignora, como indica la asignación.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>Column {number} has no header; it is ignored.</source>
            <translation>La columna {number} no tiene encabezado; se ignora.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" is a results column; it is kept but not sent.</source>
            <translation>"{column}" es una columna de resultados; se conserva pero no se envía.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source> or </source>
            <translation> o </translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" could mean {names}; it is ignored until the mapping says which.</source>
            <translation>"{column}" podría ser {names}; se ignora hasta que la asignación indique cuál.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} maps both {columns} to {name}; map only one of them.</source>
            <translation>{source} asigna {columns} a {name}; asigne solo una de ellas.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{columns} all mean {name}; none of them is used until the mapping says which.</source>
            <translation>{columns} significan {name}; no se usa ninguna hasta que la asignación indique cuál.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" is not sent: reminders go to the mobile number in "{used}".</source>
            <translation>"{column}" no se envía: los recordatorios van al celular de "{used}".</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" is not sent: the participant's phone comes from "{used}".</source>
            <translation>"{column}" no se envía: el teléfono del participante sale de "{used}".</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" also means {name}, but "{used}" is used for it.</source>
            <translation>"{column}" también significa {name}, pero para eso se usa "{used}".</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" is not used: the name comes from "{used}".</source>
            <translation>"{column}" no se usa: el nombre sale de "{used}".</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>Mapping file "{file}"</source>
            <translation>El archivo de asignación "{file}"</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} was not found ({path}).</source>
            <translation>{source} no se encontró ({path}).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} cannot be read: {reason}.</source>
            <translation>{source} no se puede leer: {reason}.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} is not a text file.</source>
            <translation>{source} no es un archivo de texto.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} is not valid JSON (line {line}, column {column}: {reason}).</source>
            <translation>{source} no es un JSON válido (línea {line}, columna {column}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} must hold an object with "columns": {example}.</source>
            <translation>{source} debe contener un objeto con "columns": {example}.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} has unknown entries: {entries} (allowed: {allowed}).</source>
            <translation>{source} tiene entradas desconocidas: {entries} (se permiten: {allowed}).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source}: "sheet" must be a sheet name in quotes.</source>
            <translation>{source}: "sheet" debe ser un nombre de hoja entre comillas.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source}: "header_row" must be a row number (1 or more).</source>
            <translation>{source}: "header_row" debe ser un número de fila (1 o más).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source}: "date_order" must be one of {orders}.</source>
            <translation>{source}: "date_order" debe ser uno de {orders}.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source}: "name" and "saved" must be text in quotes.</source>
            <translation>{source}: "name" y "saved" deben ser texto entre comillas.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} cannot be written: {reason}.</source>
            <translation>{source} no se puede escribir: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>mapping_badge</name>
        <message>
            <location filename="../../gui/qt/mapping_badge.py" />
            <source>dates {order}</source>
            <translation>fechas con {order}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_badge.py" />
            <source>Dates written as text are read {order}.</source>
            <translation>Las fechas escritas como texto se leen con {order}.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_badge.py" />
            <source>Click to change the columns or the date order for this file (Ctrl+M).</source>
            <translation>Haga clic para cambiar las columnas o el orden de las fechas de este archivo (Ctrl+M).</translation>
        </message>
    </context>
    <context>
        <name>mapping_dialog</name>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>— not used —</source>
            <translation>— sin usar —</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Month first (03/04/2026 is 4 March)</source>
            <translation>Primero el mes (03/04/2026 es 4 de marzo)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Day first (03/04/2026 is 3 April)</source>
            <translation>Primero el día (03/04/2026 es 3 de abril)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Year first (2026/03/04)</source>
            <translation>Primero el año (2026/03/04)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Not sent: the column stays in the grid, greyed.</source>
            <translation>No se envía: la columna queda en la tabla, en gris.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Custom data: {key}</source>
            <translation>Datos personalizados: {key}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Columns</source>
            <translation>Columnas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Choose what each column of the sheet holds. Columns marked “not used” are shown greyed in the grid and never sent.</source>
            <translation>Elija qué contiene cada columna de la hoja. Las columnas marcadas “sin usar” se muestran en gris en la tabla y nunca se envían.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Choices marked “suggested” come from the column's values: check them.</source>
            <translation>Las opciones marcadas “sugerida” salen de los valores de la columna: revíselas.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>&lt;b&gt;{mapping}&lt;/b&gt;: the columns chosen last time for files with these headers. Change anything below; OK keeps the change for next time.</source>
            <translation>&lt;b&gt;{mapping}&lt;/b&gt;: las columnas elegidas la última vez para archivos con estos encabezados. Cambie lo que necesite abajo; Aceptar conserva el cambio para la próxima vez.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Values</source>
            <translation>Valores</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>What it is</source>
            <translation>Qué es</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Field for column {letter} {header}</source>
            <translation>Campo de la columna {letter} {header}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>(no header)</source>
            <translation>(sin encabezado)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>How this file's dates written as text read. Chosen per file, and kept with its columns for the next file like it.</source>
            <translation>Cómo se leen las fechas escritas como texto en este archivo. Se elige por archivo y se conserva con sus columnas para el próximo archivo similar.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>In use: {order}.</source>
            <translation>En uso: {order}.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>&amp;Dates written as text:</source>
            <translation>&amp;Fechas escritas como texto:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>e.g. Jane export</source>
            <translation>p. ej. Exportación de Juana</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>&amp;Remember for files like this as:</source>
            <translation>&amp;Recordar para archivos como este como:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>&amp;Load mapping…</source>
            <translation>&amp;Cargar asignación…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>&amp;Save mapping…</source>
            <translation>&amp;Guardar asignación…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Use a mapping file a colleague saved</source>
            <translation>Usar un archivo de asignación que guardó un colega</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Save these choices to a file to share with colleagues</source>
            <translation>Guardar estas opciones en un archivo para compartirlas con colegas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>“{first}” and “{second}” are both chosen as {field}: choose one of them.</source>
            <translation>“{first}” y “{second}” están elegidas como {field}: elija una de ellas.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>&lt;i&gt;Suggested from its values.&lt;/i&gt; </source>
            <translation>&lt;i&gt;Sugerida a partir de sus valores.&lt;/i&gt; </translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Every field a new appointment needs has a column.</source>
            <translation>Cada campo que necesita una cita nueva tiene una columna.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>“{column}” (e.g. {value})</source>
            <translation>“{column}” (p. ej. {value})</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Columns not used yet: {columns}. One of them may hold it.</source>
            <translation>Columnas aún sin usar: {columns}. Alguna de ellas puede contenerlo.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>&lt;b&gt;Still needed:&lt;/b&gt; {fields}. Without them, rows cannot become appointments with reminders.</source>
            <extracomment>English singular: &lt;b&gt;Still needed:&lt;/b&gt; {fields}. Without it, rows cannot become appointments with reminders.</extracomment>
            <translation>
                <numerusform>&lt;b&gt;Todavía falta:&lt;/b&gt; {fields}. Sin esto, las filas no pueden convertirse en citas con recordatorios.</numerusform>
                <numerusform>&lt;b&gt;Todavía faltan:&lt;/b&gt; {fields}. Sin estos datos, las filas no pueden convertirse en citas con recordatorios.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Load a column mapping</source>
            <translation>Cargar una asignación de columnas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Mapping file “{file}”</source>
            <translation>Archivo de asignación “{file}”</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Load mapping</source>
            <translation>Cargar asignación</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Save the column mapping</source>
            <translation>Guardar la asignación de columnas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/mapping_dialog.py" />
            <source>Save mapping</source>
            <translation>Guardar asignación</translation>
        </message>
    </context>
    <context>
        <name>memory</name>
        <message>
            <location filename="../../gui/sheets/memory.py" />
            <source>{system} export</source>
            <translation>Exportación de {system}</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/memory.py" />
            <source>Columns of {file}</source>
            <translation>Columnas de {file}</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/memory.py" />
            <source>Saved columns</source>
            <translation>Columnas guardadas</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/memory.py" />
            <source>{name} (saved {day})</source>
            <translation>{name} (guardada el {day})</translation>
        </message>
    </context>
    <context>
        <name>month</name>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Jan</source>
            <translation>ene</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Mar</source>
            <translation>mar</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Apr</source>
            <translation>abr</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>May</source>
            <translation>may</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Aug</source>
            <translation>ago</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Sep</source>
            <translation>sep</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Oct</source>
            <translation>oct</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Dec</source>
            <translation>dic</translation>
        </message>
    </context>
    <context>
        <name>month name</name>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>January</source>
            <translation>enero</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>February</source>
            <translation>febrero</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>March</source>
            <translation>marzo</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>May</source>
            <translation>mayo</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>June</source>
            <translation>junio</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>July</source>
            <translation>julio</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>September</source>
            <translation>septiembre</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>October</source>
            <translation>octubre</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>November</source>
            <translation>noviembre</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>December</source>
            <translation>diciembre</translation>
        </message>
    </context>
    <context>
        <name>needed</name>
        <message>
            <location filename="../../gui/sheets/needed.py" />
            <source>a phone or e-mail for the participant</source>
            <translation>un teléfono o correo electrónico del participante</translation>
        </message>
    </context>
    <context>
        <name>net</name>
        <message>
            <location filename="../../gui/apptoto/net.py" />
            <source>Not a web address Apptoto Sheets can use: {url} (use https://...)</source>
            <translation>No es una dirección web que Apptoto Sheets pueda usar: {url} (use https://...)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/net.py" />
            <source>Refusing plain http:// to {host}: the API key or sign-in would travel unencrypted. Use https://.</source>
            <translation>Se rechaza http:// sin cifrar hacia {host}: la clave de API o la sesión viajarían sin cifrar. Use https://.</translation>
        </message>
    </context>
    <context>
        <name>oauth</name>
        <message>
            <location filename="../../gui/apptoto/oauth.py" />
            <source>No client id for signing in with Apptoto: your office registers the app with Apptoto and enters its client id in the settings (or $APPTOTO_CLIENT_ID).</source>
            <translation>No hay id de cliente para iniciar sesión con Apptoto: su oficina registra la aplicación en Apptoto e ingresa su id de cliente en la configuración (o en $APPTOTO_CLIENT_ID).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/oauth.py" />
            <source>The sign-in page must be an https:// address: {page}</source>
            <translation>La página de inicio de sesión debe ser una dirección https://: {page}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/oauth.py" />
            <source>The answer that reached Apptoto Sheets did not come from this sign-in, so it was refused. Nothing was saved: start the sign-in again.</source>
            <translation>La respuesta que llegó a Apptoto Sheets no venía de este inicio de sesión, así que se rechazó. No se guardó nada: inicie sesión de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/oauth.py" />
            <source>Apptoto did not sign you in: {reason}.</source>
            <translation>Apptoto no inició su sesión: {reason}.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/oauth.py" />
            <source>Apptoto's answer held no sign-in code.</source>
            <translation>La respuesta de Apptoto no traía ningún código de inicio de sesión.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/oauth.py" />
            <source>Could not finish the sign-in with Apptoto: {reason}. Nothing was saved.</source>
            <translation>No se pudo terminar el inicio de sesión con Apptoto: {reason}. No se guardó nada.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/oauth.py" />
            <source>Apptoto refused the sign-in ({status}: {reason}). Nothing was saved: start the sign-in again.</source>
            <translation>Apptoto rechazó el inicio de sesión ({status}: {reason}). No se guardó nada: inicie sesión de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/oauth.py" />
            <source>Apptoto's sign-in answer could not be used: {reason}.</source>
            <translation>No se pudo usar la respuesta de inicio de sesión de Apptoto: {reason}.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/oauth.py" />
            <source>it cannot be renewed without signing in</source>
            <translation>no se puede renovar sin iniciar sesión</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/oauth.py" />
            <source>Apptoto would not renew it: {reason}</source>
            <translation>Apptoto no la quiso renovar: {reason}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/oauth.py" />
            <source>Apptoto's answer could not be used: {reason}</source>
            <translation>No se pudo usar la respuesta de Apptoto: {reason}</translation>
        </message>
    </context>
    <context>
        <name>origins</name>
        <message numerus="yes">
            <location filename="../../gui/core/origins.py" />
            <source>{count} Apptoto ids cleared (they name events there, not in this account)</source>
            <extracomment>English singular: {count} Apptoto id cleared (they name events there, not in this account)</extracomment>
            <translation>
                <numerusform>se borró {count} id de Apptoto (identifica eventos allá, no en esta cuenta)</numerusform>
                <numerusform>se borraron {count} ids de Apptoto (identifican eventos allá, no en esta cuenta)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/origins.py" />
            <source>{count} send results cleared</source>
            <extracomment>English singular: {count} send result cleared</extracomment>
            <translation>
                <numerusform>se borró {count} resultado de envío</numerusform>
                <numerusform>se borraron {count} resultados de envío</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/core/origins.py" />
            <source>the Compare results cleared</source>
            <translation>se borraron los resultados de la comparación</translation>
        </message>
        <message>
            <location filename="../../gui/core/origins.py" />
            <source>Now sending to {server}. What came from {where} is not used here: {cleared}. External IDs are kept: they name the appointments, so sending updates the same appointments there or creates them.</source>
            <translation>Ahora se envía a {server}. Lo que vino de {where} no se usa aquí: {cleared}. Los ID externos se conservan: identifican las citas, así que al enviar se actualizan esas mismas citas allí o se crean.</translation>
        </message>
    </context>
    <context>
        <name>presend</name>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>Not sent: undoing an earlier send deleted this appointment in Apptoto, and its External ID “{external_id}” still names that deleted event. Give the row a new External ID (or clear it) to create the appointment again.</source>
            <translation>No se envió: al deshacer un envío anterior se eliminó esta cita en Apptoto, y su ID externo “{external_id}” sigue correspondiendo a ese evento eliminado. Asigne a la fila un ID externo nuevo (o bórrelo) para volver a crear la cita.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>may already be in Apptoto as {event}</source>
            <translation>quizá ya esté en Apptoto como {event}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>event #{id} “{title}” on {when}: {why}</source>
            <translation>evento #{id} “{title}” del {when}: {why}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>“{title}” on {when} with {people}</source>
            <translation>“{title}” el {when} con {people}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>“{title}” on {when}</source>
            <translation>“{title}” el {when}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>Not sent: the same appointment as row {row} (same calendar, start, participant, title, end and location); it is sent once, from row {row}.</source>
            <translation>No enviada: es la misma cita que la fila {row} (mismo calendario, inicio, participante, título, fin y lugar); se envía una sola vez, desde la fila {row}.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>Already in Apptoto as event #{id}, so it was updated, not created.</source>
            <translation>Ya estaba en Apptoto como el evento #{id}, así que se actualizó, no se creó.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>Not sent: it {reason}. Check Apptoto; to create it anyway, send it again and choose to create it (command line: --create-anyway).</source>
            <translation>No enviada: {reason}. Revise Apptoto; para crearla de todos modos, envíela de nuevo y elija crearla (línea de comandos: --create-anyway).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>Not sent: Apptoto could not be checked for this appointment first ({reason}); sending it unchecked could make a duplicate. Send it again later.</source>
            <translation>No enviada: no se pudo revisar primero esta cita en Apptoto ({reason}); enviarla sin revisar podría crear un duplicado. Envíela de nuevo más tarde.</translation>
        </message>
    </context>
    <context>
        <name>preview_dock</name>
        <message>
            <location filename="../../gui/qt/preview_dock.py" />
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <location filename="../../gui/qt/preview_dock.py" />
            <source>JSON that would be sent</source>
            <translation>JSON que se enviaría</translation>
        </message>
        <message>
            <location filename="../../gui/qt/preview_dock.py" />
            <source>What sending the selected rows will do</source>
            <translation>Qué pasará al enviar las filas seleccionadas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/preview_dock.py" />
            <source>&amp;Copy JSON</source>
            <translation>&amp;Copiar JSON</translation>
        </message>
        <message>
            <location filename="../../gui/qt/preview_dock.py" />
            <source>Save as .&amp;json…</source>
            <translation>Guardar como .&amp;json…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/preview_dock.py" />
            <source>&lt;b&gt;What sending the selected rows will do&lt;/b&gt;</source>
            <translation>&lt;b&gt;Qué pasará al enviar las filas seleccionadas&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../gui/qt/preview_dock.py" />
            <source>The preview catches up when the send has ended.</source>
            <translation>La vista previa se pone al día cuando termine el envío.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/preview_dock.py" />
            <source>Open a schedule to see what would be sent.</source>
            <translation>Abra una agenda para ver qué se enviaría.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/preview_dock.py" />
            <source>Showing the first {shown} of {count} events; Copy and Save write all of them.</source>
            <extracomment>English singular: Showing the first {shown} of {count} event; Copy and Save write all of them.</extracomment>
            <translation>
                <numerusform>Se muestran los primeros {shown} de {count} evento; Copiar y Guardar escriben todos.</numerusform>
                <numerusform>Se muestran los primeros {shown} de {count} eventos; Copiar y Guardar escriben todos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/preview_dock.py" />
            <source>Save the JSON body</source>
            <translation>Guardar el cuerpo JSON</translation>
        </message>
        <message>
            <location filename="../../gui/qt/preview_dock.py" />
            <source>Save as .json</source>
            <translation>Guardar como .json</translation>
        </message>
        <message>
            <location filename="../../gui/qt/preview_dock.py" />
            <source>{file} could not be written: {problem}.</source>
            <translation>{file} no se pudo escribir: {problem}.</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message numerus="yes">
            <location filename="../../gui/core/problems.py" />
            <source>… and {count} more problems</source>
            <extracomment>English singular: … and {count} more problem</extracomment>
            <translation>
                <numerusform>… y {count} problema más</numerusform>
                <numerusform>… y {count} problemas más</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/core/problems.py" />
            <source>row {row}, column {column}</source>
            <translation>fila {row}, columna {column}</translation>
        </message>
        <message>
            <location filename="../../gui/core/problems.py" />
            <source>row {row}</source>
            <translation>fila {row}</translation>
        </message>
        <message>
            <location filename="../../gui/core/problems.py" />
            <source>row {row}, column {letter} "{column}"</source>
            <translation>fila {row}, columna {letter} "{column}"</translation>
        </message>
        <message>
            <location filename="../../gui/core/problems.py" />
            <source>row {row}, column "{column}"</source>
            <translation>fila {row}, columna "{column}"</translation>
        </message>
        <message>
            <location filename="../../gui/core/problems.py" />
            <source>sheet "{sheet}"</source>
            <translation>hoja "{sheet}"</translation>
        </message>
        <message>
            <location filename="../../gui/core/problems.py" />
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <location filename="../../gui/core/problems.py" />
            <source>warning</source>
            <translation>advertencia</translation>
        </message>
    </context>
    <context>
        <name>problems_dock</name>
        <message>
            <location filename="../../gui/qt/problems_dock.py" />
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../gui/qt/problems_dock.py" />
            <source>Warning</source>
            <translation>Advertencia</translation>
        </message>
        <message>
            <location filename="../../gui/qt/problems_dock.py" />
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/problems_dock.py" />
            <source>Problems ({count})</source>
            <translation>Problemas ({count})</translation>
        </message>
        <message>
            <location filename="../../gui/qt/problems_dock.py" />
            <source>Problems — none</source>
            <translation>Problemas — ninguno</translation>
        </message>
    </context>
    <context>
        <name>ratelimit</name>
        <message>
            <location filename="../../gui/apptoto/ratelimit.py" />
            <source>{reason}; trying again in {seconds} s</source>
            <translation>{reason}; se intentará de nuevo en {seconds} s</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/ratelimit.py" />
            <source>{reason}; trying again</source>
            <translation>{reason}; intentando de nuevo</translation>
        </message>
    </context>
    <context>
        <name>replacing</name>
        <message>
            <location filename="../../gui/core/replacing.py" />
            <source>this update replaces all participants of the event (people not listed in the row are removed)</source>
            <translation>esta actualización reemplaza todos los participantes del evento (se quitan las personas que no figuran en la fila)</translation>
        </message>
        <message>
            <location filename="../../gui/core/replacing.py" />
            <source>this update replaces all custom data of the event (keys not in the row are removed)</source>
            <translation>esta actualización reemplaza todos los datos personalizados del evento (se quitan las claves que no están en la fila)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/replacing.py" />
            <source>{count} rows have only an External ID and participants or custom data: if Apptoto already has those events, sending replaces all their participants and custom data.</source>
            <extracomment>English singular: {count} row has only an External ID and participants or custom data: if Apptoto already has that event, sending replaces all their participants and custom data.</extracomment>
            <translation>
                <numerusform>{count} fila tiene solo un ID externo y participantes o datos personalizados: si Apptoto ya tiene ese evento, al enviar se reemplazan todos sus participantes y datos personalizados.</numerusform>
                <numerusform>{count} filas tienen solo un ID externo y participantes o datos personalizados: si Apptoto ya tiene esos eventos, al enviar se reemplazan todos sus participantes y datos personalizados.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>resolve</name>
        <message numerus="yes">
            <location filename="../../gui/apptoto/resolve.py" />
            <source>{done} of about {count} pages</source>
            <extracomment>English singular: {done} of about {count} page</extracomment>
            <translation>
                <numerusform>{done} de unas {count} página</numerusform>
                <numerusform>{done} de unas {count} páginas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/resolve.py" />
            <source>{done} of {count} rows</source>
            <extracomment>English singular: {done} of {count} row</extracomment>
            <translation>
                <numerusform>{done} de {count} fila</numerusform>
                <numerusform>{done} de {count} filas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>{time} left</source>
            <translation>faltan {time}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>Checking Apptoto: {progress}</source>
            <translation>Revisando Apptoto: {progress}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>its dates could not be listed</source>
            <translation>no se pudieron listar sus fechas</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>could not check Apptoto: {why}</source>
            <translation>no se pudo revisar Apptoto: {why}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>{count} appointments in Apptoto have {why}</source>
            <translation>{count} citas en Apptoto tienen {why}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>not found in Apptoto between {span}</source>
            <translation>no se encontró en Apptoto entre {span}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>{why}, but Apptoto knows it by another external ID ({external_id})</source>
            <translation>{why}, pero Apptoto la conoce con otro ID externo ({external_id})</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>already in Apptoto as event #{id}: {why}</source>
            <translation>ya está en Apptoto como el evento #{id}: {why}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>cancelled before Apptoto was asked</source>
            <translation>se canceló antes de preguntar a Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>could not ask Apptoto: {reason}</source>
            <translation>no se pudo preguntar a Apptoto: {reason}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>id {id} does not exist in Apptoto</source>
            <translation>el id {id} no existe en Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>Apptoto has no event with external ID {external_id}</source>
            <translation>Apptoto no tiene ningún evento con el ID externo {external_id}</translation>
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <location filename="../../gui/apptoto/restore.py" />
            <source>{field} the row did not send</source>
            <translation>{field} que la fila no envió</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/restore.py" />
            <source>participants already messaged ({who})</source>
            <translation>participantes que ya recibieron mensajes ({who})</translation>
        </message>
    </context>
    <context>
        <name>results</name>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" must end in .xlsx.</source>
            <translation>El libro de resultados "{file}" debe terminar en .xlsx.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" would overwrite the file it was read from; choose another name.</source>
            <translation>El libro de resultados "{file}" sobrescribiría el archivo del que se leyó; elija otro nombre.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" cannot be written: the folder {folder} does not exist.</source>
            <translation>El libro de resultados "{file}" no se puede escribir: la carpeta {folder} no existe.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" cannot be written: it is a folder.</source>
            <translation>El libro de resultados "{file}" no se puede escribir: es una carpeta.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" cannot be written: permission denied.</source>
            <translation>El libro de resultados "{file}" no se puede escribir: permiso denegado.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" cannot be written in {folder}: {reason}.</source>
            <translation>El libro de resultados "{file}" no se puede escribir en {folder}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" cannot be written: permission denied (is it open in Excel?).</source>
            <translation>El libro de resultados "{file}" no se puede escribir: permiso denegado (¿está abierto en Excel?).</translation>
        </message>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" cannot be written: {reason}.</source>
            <translation>El libro de resultados "{file}" no se puede escribir: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>row_look</name>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>New</source>
            <translation>Nueva</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Will change</source>
            <translation>Cambiará</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Will be cancelled</source>
            <translation>Se cancelará</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Conflict</source>
            <translation>Conflicto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Not compared</source>
            <translation>No comparada</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Apptoto does not have this appointment: sending creates it.</source>
            <translation>Apptoto no tiene esta cita: al enviarla se crea.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Sending changes this appointment in Apptoto:</source>
            <translation>Al enviar cambia esta cita en Apptoto:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Sending deletes this appointment in Apptoto (it is cancelled):</source>
            <translation>Al enviar se elimina esta cita en Apptoto (está cancelada):</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Apptoto already has this appointment exactly so: sending would change nothing.</source>
            <translation>Apptoto ya tiene esta cita exactamente así: al enviarla no cambiaría nada.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Sending would not do what the sheet says:</source>
            <translation>Al enviar no se haría lo que dice la hoja:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Apptoto could not be asked about this row:</source>
            <translation>No se pudo consultar a Apptoto sobre esta fila:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Error: {problem}</source>
            <translation>Error: {problem}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Warning: {problem}</source>
            <translation>Advertencia: {problem}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>{outcome} · edited since: send again</source>
            <translation>{outcome} · editada después: envíela de nuevo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Re-created by undo</source>
            <translation>Recreada al deshacer</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Restored by undo</source>
            <translation>Restaurada al deshacer</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Deleted by undo</source>
            <translation>Eliminada al deshacer</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Created</source>
            <translation>Creada</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Updated</source>
            <translation>Actualizada</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Deleted</source>
            <translation>Eliminada</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Already in Apptoto{number} (updated, not created)</source>
            <translation>Ya estaba en Apptoto{number} (actualizada, no creada)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>{outcome} — differs from what was sent</source>
            <translation>{outcome} — difiere de lo enviado</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Held back: may already be in Apptoto as #{id}</source>
            <translation>Retenida: quizá ya esté en Apptoto como #{id}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Held back: may already be in Apptoto</source>
            <translation>Retenida: quizá ya esté en Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Failed: {reason}</source>
            <translation>Falló: {reason}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Unknown: check Apptoto before resending</source>
            <translation>Desconocido: revise Apptoto antes de reenviar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>not sent</source>
            <translation>no enviada</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Skipped: {reason}</source>
            <translation>Omitida: {reason}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Apptoto kept something other than what was sent:</source>
            <translation>Apptoto conservó algo distinto de lo que se envió:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>The row was edited after this: Apptoto does not have the edit until it is sent again.</source>
            <translation>La fila se editó después de esto: Apptoto no tiene el cambio hasta que se envíe de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Apptoto id {id}, external_id {external_id}</source>
            <translation>id de Apptoto {id}, external_id {external_id}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/row_look.py" />
            <source>Apptoto id {id}</source>
            <translation>id de Apptoto {id}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/row_look.py" />
            <source>{count} undone</source>
            <extracomment>English singular: {count} undone</extracomment>
            <translation>
                <numerusform>{count} deshecha</numerusform>
                <numerusform>{count} deshechas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/row_look.py" />
            <source>{count} differ from what was sent</source>
            <extracomment>English singular: {count} differs from what was sent</extracomment>
            <translation>
                <numerusform>{count} difiere de lo que se envió</numerusform>
                <numerusform>{count} difieren de lo que se envió</numerusform>
            </translation>
        </message>
        <message>
            <source>{outcome} — differs, see tooltip</source>
            <translation type="vanished">{outcome} — difiere, vea la descripción</translation>
        </message>
        <message>
            <source>Held back: may already be in Apptoto as #{id} — see tooltip</source>
            <translation type="vanished">Retenida: quizá ya esté en Apptoto como #{id} — vea la descripción</translation>
        </message>
        <message>
            <source>Held back: may already be in Apptoto — see tooltip</source>
            <translation type="vanished">Retenida: quizá ya esté en Apptoto — vea la descripción</translation>
        </message>
        <message>
            <source>Update</source>
            <translation type="vanished">Actualización</translation>
        </message>
        <message>
            <source>New or update</source>
            <translation type="vanished">Nueva o actualización</translation>
        </message>
        <message>
            <source>Cancel in Apptoto</source>
            <translation type="vanished">Cancelar en Apptoto</translation>
        </message>
        <message>
            <source>No Apptoto ID or External ID: a new appointment will be created.</source>
            <translation type="vanished">Sin ID de Apptoto ni ID externo: se creará una cita nueva.</translation>
        </message>
        <message>
            <source>Has an Apptoto ID: updates that appointment.</source>
            <translation type="vanished">Tiene ID de Apptoto: actualiza esa cita.</translation>
        </message>
        <message>
            <source>External ID only: updates the appointment if Apptoto knows it, otherwise creates it.</source>
            <translation type="vanished">Solo ID externo: actualiza la cita si Apptoto la conoce; si no, la crea.</translation>
        </message>
        <message>
            <source>Its status says it was cancelled: sending deletes the appointment in Apptoto, so its reminders stop.</source>
            <translation type="vanished">Su estado indica que se canceló: al enviar se elimina la cita en Apptoto, así que sus recordatorios se detienen.</translation>
        </message>
        <message numerus="yes">
            <source>{count} new</source>
            <extracomment>English singular: {count} new</extracomment>
            <translation type="vanished">
                <numerusform>{count} nueva</numerusform>
                <numerusform>{count} nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} will change</source>
            <extracomment>English singular: {count} will change</extracomment>
            <translation type="vanished">
                <numerusform>{count} cambiará</numerusform>
                <numerusform>{count} cambiarán</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} will be cancelled</source>
            <extracomment>English singular: {count} will be cancelled</extracomment>
            <translation type="vanished">
                <numerusform>{count} se cancelará</numerusform>
                <numerusform>{count} se cancelarán</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} unchanged</source>
            <extracomment>English singular: {count} unchanged</extracomment>
            <translation type="vanished">
                <numerusform>{count} sin cambios</numerusform>
                <numerusform>{count} sin cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} conflicts</source>
            <extracomment>English singular: {count} conflict</extracomment>
            <translation type="vanished">
                <numerusform>{count} conflicto</numerusform>
                <numerusform>{count} conflictos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} not compared</source>
            <extracomment>English singular: {count} not compared</extracomment>
            <translation type="vanished">
                <numerusform>{count} no comparada</numerusform>
                <numerusform>{count} no comparadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} created</source>
            <extracomment>English singular: {count} created</extracomment>
            <translation type="vanished">
                <numerusform>{count} creada</numerusform>
                <numerusform>{count} creadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} updated</source>
            <extracomment>English singular: {count} updated</extracomment>
            <translation type="vanished">
                <numerusform>{count} actualizada</numerusform>
                <numerusform>{count} actualizadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} deleted</source>
            <extracomment>English singular: {count} deleted</extracomment>
            <translation type="vanished">
                <numerusform>{count} eliminado</numerusform>
                <numerusform>{count} eliminados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} failed</source>
            <extracomment>English singular: {count} failed</extracomment>
            <translation type="vanished">
                <numerusform>{count} fallida</numerusform>
                <numerusform>{count} fallidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} unknown</source>
            <extracomment>English singular: {count} unknown</extracomment>
            <translation type="vanished">
                <numerusform>{count} desconocida</numerusform>
                <numerusform>{count} desconocidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} skipped</source>
            <extracomment>English singular: {count} skipped</extracomment>
            <translation type="vanished">
                <numerusform>{count} omitida</numerusform>
                <numerusform>{count} omitidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} differ</source>
            <extracomment>English singular: {count} differs</extracomment>
            <translation type="vanished">
                <numerusform>{count} difiere</numerusform>
                <numerusform>{count} difieren</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>rowbuild</name>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>“{status}” cancels the appointment, but the row names none to cancel in Apptoto: fill its Apptoto ID or External ID</source>
            <translation>“{status}” cancela la cita, pero la fila no indica cuál cancelar en Apptoto: llene su ID de Apptoto o su ID externo</translation>
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>needs a calendar: fill Calendar (or Calendar ID), or set a default calendar</source>
            <translation>necesita un calendario: llene Calendario (o ID de calendario), o configure un calendario predeterminado</translation>
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>{time} was read in {zone}; the event may be in another zone (fill Time zone to be sure)</source>
            <translation>{time} se leyó en {zone}; el evento puede estar en otra zona (llene Zona horaria para estar seguro)</translation>
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>The time was read in {zone}; the event may be in another zone (fill Time zone to be sure)</source>
            <translation>La hora se leyó en {zone}; el evento puede estar en otra zona (llene Zona horaria para estar seguro)</translation>
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <location filename="../../gui/sheets/needed.py" />
            <source>End (or Duration)</source>
            <translation>Fin (o Duración)</translation>
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>{label} is empty: a new appointment needs it (no column is used as {label}: choose one in Columns… or a mapping file)</source>
            <translation>{label} está vacío: una cita nueva lo necesita (ninguna columna se usa como {label}: elija una en Columnas… o en un archivo de asignación)</translation>
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>{label} is empty: a new appointment needs it</source>
            <translation>{label} está vacío: una cita nueva lo necesita</translation>
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>{label} is empty: needed if Apptoto does not know this External ID yet (then it is a new appointment) (no column is used as {label}: choose one in Columns… or a mapping file)</source>
            <translation>{label} está vacío: se necesita si Apptoto aún no conoce este ID externo (entonces es una cita nueva) (ninguna columna se usa como {label}: elija una en Columnas… o en un archivo de asignación)</translation>
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>{label} is empty: needed if Apptoto does not know this External ID yet (then it is a new appointment)</source>
            <translation>{label} está vacío: se necesita si Apptoto aún no conoce este ID externo (entonces es una cita nueva)</translation>
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>Participant</source>
            <translation>Participante</translation>
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>Participant {number}</source>
            <translation>Participante {number}</translation>
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>{participant} has a contact ID and also name/e-mail/phone: Apptoto says to give only the contact ID</source>
            <translation>{participant} tiene un ID de contacto y también nombre/correo/teléfono: Apptoto indica dar solo el ID de contacto</translation>
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>{participant} has no e-mail, phone or contact: Apptoto cannot send them reminders</source>
            <translation>{participant} no tiene correo, teléfono ni contacto: Apptoto no le puede enviar recordatorios</translation>
        </message>
    </context>
    <context>
        <name>rows</name>
        <message>
            <location filename="../../gui/apptoto/rows.py" />
            <source>Created</source>
            <translation>Creada</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/rows.py" />
            <source>Updated</source>
            <translation>Actualizada</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/rows.py" />
            <source>Deleted</source>
            <translation>Eliminada</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/rows.py" />
            <source>{outcome}. Earlier in this session: {earlier}.</source>
            <translation>{outcome}. Antes en esta sesión: {earlier}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/rows.py" />
            <source>The last send of this file (started {when}) did not finish: {count} rows had been sent, {answered} confirmed by Apptoto. This send checks every row against Apptoto first, so none is created twice.</source>
            <extracomment>English singular: The last send of this file (started {when}) did not finish: {count} row had been sent, {answered} confirmed by Apptoto. This send checks every row against Apptoto first, so none is created twice.</extracomment>
            <translation>
                <numerusform>El último envío de este archivo (iniciado el {when}) no terminó: se había enviado {count} fila, {answered} confirmadas por Apptoto. Este envío revisa primero cada fila en Apptoto, así que ninguna se crea dos veces.</numerusform>
                <numerusform>El último envío de este archivo (iniciado el {when}) no terminó: se habían enviado {count} filas, {answered} confirmadas por Apptoto. Este envío revisa primero cada fila en Apptoto, así que ninguna se crea dos veces.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>schedule</name>
        <message>
            <location filename="../../gui/core/schedule.py" />
            <source>{label} {value} is also used on row {rows}</source>
            <translation>{label} {value} también se usa en la fila {rows}</translation>
        </message>
    </context>
    <context>
        <name>schedule_model</name>
        <message>
            <location filename="../../gui/qt/schedule_model.py" />
            <source>Rows selected here are previewed and sent</source>
            <translation>Las filas seleccionadas aquí se muestran en la vista previa y se envían</translation>
        </message>
        <message>
            <location filename="../../gui/qt/schedule_model.py" />
            <source>Send</source>
            <translation>Enviar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/schedule_model.py" />
            <source>Send status</source>
            <translation>Estado del envío</translation>
        </message>
        <message>
            <location filename="../../gui/qt/schedule_model.py" />
            <source>What sending the row will do, or did (the app's column, not the sheet's)</source>
            <translation>Qué hará o hizo el envío de la fila (columna de la aplicación, no de la hoja)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/schedule_model.py" />
            <source>(column {letter})</source>
            <translation>(columna {letter})</translation>
        </message>
        <message>
            <location filename="../../gui/qt/schedule_model.py" />
            <source>Column {letter}</source>
            <translation>Columna {letter}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/schedule_model.py" />
            <source>Added column</source>
            <translation>Columna agregada</translation>
        </message>
        <message>
            <location filename="../../gui/qt/schedule_model.py" />
            <source>{column}: not used (not sent). Choose its field in Columns…</source>
            <translation>{column}: sin usar (no se envía). Elija su campo en Columnas…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/schedule_model.py" />
            <source>{column}: sent as {field} ({name})</source>
            <translation>{column}: se envía como {field} ({name})</translation>
        </message>
        <message>
            <source>New row, added here (not in the workbook)</source>
            <translation type="vanished">Fila nueva, agregada aquí (no está en el libro)</translation>
        </message>
        <message>
            <source>Row number in the sheet</source>
            <translation type="vanished">Número de fila en la hoja</translation>
        </message>
        <message>
            <source>Select the rows to preview and send (Space)</source>
            <translation type="vanished">Seleccione las filas para la vista previa y el envío (Espacio)</translation>
        </message>
    </context>
    <context>
        <name>send</name>
        <message>
            <location filename="../../gui/apptoto/send.py" />
            <source>Could not take this account's send lock ({reason}); sending without it.</source>
            <translation>No se pudo tomar el bloqueo de envío de esta cuenta ({reason}); se envía sin él.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/send.py" />
            <source>The send journal cannot be written ({reason}); sending without it.</source>
            <translation>No se puede escribir el registro de envíos ({reason}); se envía sin él.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/send.py" />
            <source>Cancelled while waiting for another send to this account.</source>
            <translation>Cancelado mientras esperaba otro envío a esta cuenta.</translation>
        </message>
    </context>
    <context>
        <name>send_controller</name>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>Tick the rows to send first (the Send column).</source>
            <translation>Primero marque las filas que desea enviar (la columna Enviar).</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>The server's address cannot be used: Settings ▸ Server.</source>
            <translation>La dirección del servidor no se puede usar: Configuración ▸ Servidor.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/send_controller.py" />
            <source>{count} of these rows were already sent in this session and would be sent again (they update the same appointments).</source>
            <extracomment>English singular: {count} of these rows was already sent in this session and would be sent again (it updates the same appointment).</extracomment>
            <translation>
                <numerusform>{count} de estas filas ya se envió en esta sesión y se enviaría de nuevo (actualiza la misma cita).</numerusform>
                <numerusform>{count} de estas filas ya se enviaron en esta sesión y se enviarían de nuevo (actualizan las mismas citas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/send_controller.py" />
            <source>{count} new rows get an External ID made from the appointment, written into the grid before sending, so a retry or a resend can never make a duplicate.</source>
            <extracomment>English singular: {count} new row gets an External ID made from the appointment, written into the grid before sending, so a retry or a resend can never make a duplicate.</extracomment>
            <translation>
                <numerusform>{count} fila nueva recibe un ID externo formado a partir de la cita, que se escribe en la tabla antes de enviar, así que un reintento o un reenvío nunca crean un duplicado.</numerusform>
                <numerusform>{count} filas nuevas reciben un ID externo formado a partir de la cita, que se escribe en la tabla antes de enviar, así que un reintento o un reenvío nunca crean un duplicado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/send_controller.py" />
            <source>{count} new rows have no External ID: if the connection fails, check Apptoto before sending them again.</source>
            <extracomment>English singular: {count} new row has no External ID: if the connection fails, check Apptoto before sending it again.</extracomment>
            <translation>
                <numerusform>{count} fila nueva no tiene ID externo: si la conexión falla, revise Apptoto antes de enviarla de nuevo.</numerusform>
                <numerusform>{count} filas nuevas no tienen ID externo: si la conexión falla, revise Apptoto antes de enviarlas de nuevo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>#auto is added to new events: Apptoto sends its auto messages for them.</source>
            <translation>Se agrega #auto a los eventos nuevos: Apptoto envía sus mensajes automáticos para ellos.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>Cannot send</source>
            <translation>No se puede enviar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>The send journal cannot be written: {problem}. Nothing was sent.</source>
            <translation>No se puede escribir el registro de envíos: {problem}. No se envió nada.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>Sending</source>
            <translation>Enviando</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>checking Apptoto for these appointments first</source>
            <translation>revisando primero estas citas en Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>Stop after the batch being sent (rows already sent keep their results)</source>
            <translation>Detenerse después del lote en curso (las filas ya enviadas conservan sus resultados)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>stopping after this batch</source>
            <translation>deteniéndose después de este lote</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>Send finished.</source>
            <translation>Envío terminado.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>{outcome} This send: {counts}.</source>
            <translation>{outcome} Este envío: {counts}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/send_controller.py" />
            <source>{count} rows were deleted while they were being sent: see Send history for what Apptoto answered.</source>
            <extracomment>English singular: {count} row was deleted while it was being sent: see Send history for what Apptoto answered.</extracomment>
            <translation>
                <numerusform>{count} fila se eliminó mientras se enviaba: vea en el Historial de envíos qué respondió Apptoto.</numerusform>
                <numerusform>{count} filas se eliminaron mientras se enviaban: vea en el Historial de envíos qué respondió Apptoto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/send_controller.py" />
            <source>{count} rows were changed while being sent: Apptoto does not have those changes until sent again.</source>
            <extracomment>English singular: {count} row was changed while being sent: Apptoto does not have the change until sent again.</extracomment>
            <translation>
                <numerusform>{count} fila cambió mientras se enviaba: Apptoto no tiene el cambio hasta que se envíe de nuevo.</numerusform>
                <numerusform>{count} filas cambiaron mientras se enviaban: Apptoto no tiene esos cambios hasta que se envíen de nuevo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>The rows shown now are not the ones that were sent: see Send history for the results.</source>
            <translation>Las filas que se muestran ahora no son las que se enviaron: vea los resultados en el Historial de envíos.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>Sending stopped</source>
            <translation>Envío detenido</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>{outcome}
Rows already sent keep their results; the others were not sent.</source>
            <translation>{outcome}
Las filas ya enviadas conservan sus resultados; las demás no se enviaron.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/send_controller.py" />
            <source>{count} new rows were held back: Apptoto may already have them (the status says as which event). Retry failed rows asks again.</source>
            <extracomment>English singular: {count} new row was held back: Apptoto may already have it (the status says as which event). Retry failed rows asks again.</extracomment>
            <translation>
                <numerusform>{count} fila nueva quedó retenida: es posible que Apptoto ya la tenga (el estado indica como cuál evento). Reintentar filas fallidas vuelve a preguntar.</numerusform>
                <numerusform>{count} filas nuevas quedaron retenidas: es posible que Apptoto ya las tenga (el estado indica como cuál evento). Reintentar filas fallidas vuelve a preguntar.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>Sending stopped by an unexpected error: {error}</source>
            <translation>El envío se detuvo por un error inesperado: {error}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_controller.py" />
            <source>No failed rows to send again.</source>
            <translation>No hay filas fallidas para enviar de nuevo.</translation>
        </message>
        <message>
            <source>The Apptoto ids in this sheet came from {user}'s account: check that they belong to this one.</source>
            <translation type="vanished">Los ids de Apptoto de esta hoja vienen de la cuenta de {user}: revise que pertenezcan a esta.</translation>
        </message>
    </context>
    <context>
        <name>send_dialog</name>
        <message>
            <location filename="../../gui/qt/send_dialog.py" />
            <source>Send to the sandbox</source>
            <translation>Enviar al entorno de prueba</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_dialog.py" />
            <source>Send to the REAL Apptoto</source>
            <translation>Enviar al Apptoto REAL</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_dialog.py" />
            <source>Send to {host}</source>
            <translation>Enviar a {host}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_dialog.py" />
            <source>Rows in conflict after the last Compare</source>
            <translation>Filas en conflicto según la última comparación</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_dialog.py" />
            <source>Send the row in conflict anyway</source>
            <translation>Enviar de todos modos la fila en conflicto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_dialog.py" />
            <source>Send the {count} rows in conflict anyway</source>
            <translation>Enviar de todos modos las {count} filas en conflicto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_dialog.py" />
            <source>Left out unless ticked: Apptoto would not do what the sheet says.</source>
            <translation>Se dejan fuera a menos que las marque: Apptoto no haría lo que dice la hoja.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_dialog.py" />
            <source>Calendars not seen before in this account</source>
            <translation>Calendarios que no se habían visto en esta cuenta</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/send_dialog.py" />
            <source>Let Apptoto create “{name}” ({count} rows)</source>
            <extracomment>English singular: Let Apptoto create “{name}” ({count} row)</extracomment>
            <translation>
                <numerusform>Permitir que Apptoto cree “{name}” ({count} fila)</numerusform>
                <numerusform>Permitir que Apptoto cree “{name}” ({count} filas)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_dialog.py" />
            <source>Ticked: Apptoto creates the calendar if it does not have it. Unticked, Apptoto is asked not to create it: if it does not have it, its rows fail, naming it, and nothing is created. Tick only a calendar you mean to add.</source>
            <translation>Marcado: Apptoto crea el calendario si no lo tiene. Sin marcar, se le pide a Apptoto que no lo cree: si no lo tiene, sus filas fallan indicando su nombre y no se crea nada. Marque solo un calendario que de verdad quiera agregar.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_dialog.py" />
            <source>Account: {account}</source>
            <translation>Cuenta: {account}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/send_dialog.py" />
            <source>&amp;Send {count} events</source>
            <extracomment>English singular: &amp;Send {count} event</extracomment>
            <translation>
                <numerusform>&amp;Enviar {count} evento</numerusform>
                <numerusform>&amp;Enviar {count} eventos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_dialog.py" />
            <source>&lt;p&gt;&lt;b&gt;Nothing to send:&lt;/b&gt; none of the chosen rows can be sent.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Nada que enviar:&lt;/b&gt; ninguna de las filas elegidas se puede enviar.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Send to the SANDBOX</source>
            <translation type="vanished">Enviar al ENTORNO DE PRUEBA</translation>
        </message>
        <message>
            <source>Send to Apptoto</source>
            <translation type="vanished">Enviar a Apptoto</translation>
        </message>
        <message>
            <source>SANDBOX — nothing sent here reaches real Apptoto.</source>
            <translation type="vanished">ENTORNO DE PRUEBA — nada de lo que se envía aquí llega al Apptoto real.</translation>
        </message>
        <message>
            <source>Real Apptoto — these appointments and their reminders are real.</source>
            <translation type="vanished">Apptoto real — estas citas y sus recordatorios son reales.</translation>
        </message>
        <message numerus="yes">
            <source>&lt;p&gt;&lt;b&gt;Send {count} events?&lt;/b&gt;&lt;/p&gt;</source>
            <extracomment>English singular: &lt;p&gt;&lt;b&gt;Send {count} event?&lt;/b&gt;&lt;/p&gt;</extracomment>
            <translation type="vanished">
                <numerusform>&lt;p&gt;&lt;b&gt;¿Enviar {count} evento?&lt;/b&gt;&lt;/p&gt;</numerusform>
                <numerusform>&lt;p&gt;&lt;b&gt;¿Enviar {count} eventos?&lt;/b&gt;&lt;/p&gt;</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Nothing to send:&lt;/b&gt; none of the selected rows can be sent.&lt;/p&gt;</source>
            <translation type="vanished">&lt;p&gt;&lt;b&gt;Nada que enviar:&lt;/b&gt; ninguna de las filas seleccionadas se puede enviar.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>send_notice</name>
        <message>
            <location filename="../../gui/qt/send_notice.py" />
            <source>Retry failed rows</source>
            <translation>Reintentar filas fallidas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_notice.py" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_notice.py" />
            <source>Close the send results</source>
            <translation>Cerrar los resultados del envío</translation>
        </message>
        <message>
            <location filename="../../gui/qt/send_notice.py" />
            <source>Send results</source>
            <translation>Resultados del envío</translation>
        </message>
    </context>
    <context>
        <name>send_report</name>
        <message>
            <location filename="../../gui/apptoto/send_report.py" />
            <source>Send finished: {counts}.</source>
            <translation>Envío terminado: {counts}.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/send_report.py" />
            <source>{outcome} This send: {counts}.</source>
            <translation>{outcome} Este envío: {counts}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/send_report.py" />
            <source>{count} rows failed — {rows}.</source>
            <extracomment>English singular: {count} row failed — {rows}.</extracomment>
            <translation>
                <numerusform>{count} fila falló — {rows}.</numerusform>
                <numerusform>{count} filas fallaron — {rows}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/send_report.py" />
            <source>{count} rows got no clear answer ({rows}): check in Apptoto whether they are there before sending them again.</source>
            <extracomment>English singular: {count} row got no clear answer ({rows}): check in Apptoto whether it is there before sending it again.</extracomment>
            <translation>
                <numerusform>{count} fila no recibió una respuesta clara ({rows}): revise en Apptoto si está allí antes de enviarla de nuevo.</numerusform>
                <numerusform>{count} filas no recibieron una respuesta clara ({rows}): revise en Apptoto si están allí antes de enviarlas de nuevo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/send_report.py" />
            <source>{count} rows were not sent ({rows}).</source>
            <extracomment>English singular: {count} row was not sent ({rows}).</extracomment>
            <translation>
                <numerusform>{count} fila no se envió ({rows}).</numerusform>
                <numerusform>{count} filas no se enviaron ({rows}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/send_report.py" />
            <source>{count} new rows were held back ({rows}): Apptoto may already have them; their Status says as which event.</source>
            <extracomment>English singular: {count} new row was held back ({rows}): Apptoto may already have it; its Status says as which event.</extracomment>
            <translation>
                <numerusform>{count} fila nueva quedó retenida ({rows}): es posible que Apptoto ya la tenga; su estado indica como cuál evento.</numerusform>
                <numerusform>{count} filas nuevas quedaron retenidas ({rows}): es posible que Apptoto ya las tenga; su estado indica como cuál evento.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/send_report.py" />
            <source>{count} rows were sent but Apptoto kept them different ({rows}): select one to read what differs in the Compare panel.</source>
            <extracomment>English singular: {count} row was sent but Apptoto kept it different ({rows}): select it to read what differs in the Compare panel.</extracomment>
            <translation>
                <numerusform>{count} fila se envió, pero Apptoto la guardó distinta ({rows}): selecciónela para leer qué difiere en el panel Comparar con Apptoto.</numerusform>
                <numerusform>{count} filas se enviaron, pero Apptoto las guardó distintas ({rows}): seleccione una para leer qué difiere en el panel Comparar con Apptoto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/send_report.py" />
            <source>{count} ticked rows have errors and were not sent ({rows}): their Status says what to fix.</source>
            <extracomment>English singular: {count} ticked row has errors and was not sent ({rows}): its Status says what to fix.</extracomment>
            <translation>
                <numerusform>{count} fila marcada tiene errores y no se envió ({rows}): su estado indica qué corregir.</numerusform>
                <numerusform>{count} filas marcadas tienen errores y no se enviaron ({rows}): su estado indica qué corregir.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/send_report.py" />
            <source>{count} rows in conflict after the last Compare were left out ({rows}): select one to read what differs in the Compare panel, and tick it to send it anyway.</source>
            <extracomment>English singular: {count} row in conflict after the last Compare was left out ({rows}): select it to read what differs in the Compare panel, and tick it to send it anyway.</extracomment>
            <translation>
                <numerusform>{count} fila en conflicto tras la última comparación quedó fuera ({rows}): selecciónela para leer qué difiere en el panel Comparar con Apptoto, y márquela para enviarla de todos modos.</numerusform>
                <numerusform>{count} filas en conflicto tras la última comparación quedaron fuera ({rows}): seleccione una para leer qué difiere en el panel Comparar con Apptoto, y márquela para enviarla de todos modos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/send_report.py" />
            <source>Next: fix what the Status column says, then Apptoto ▸ Retry failed rows sends those rows again (the others are not sent twice).</source>
            <translation>Siguiente paso: corrija lo que indica la columna Estado del envío; luego Apptoto ▸ Reintentar filas fallidas vuelve a enviar esas filas (las demás no se envían dos veces).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/send_report.py" />
            <source>Next: look at the rows left out, then tick them and send again (the rows sent are unticked and are not sent twice).</source>
            <translation>Siguiente paso: revise las filas que quedaron fuera, márquelas y vuelva a enviar (las filas enviadas quedan sin marcar y no se envían dos veces).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/send_report.py" />
            <source>Nothing more to do: the rows sent are unticked and their Status shows Apptoto's number.</source>
            <translation>No hay nada más que hacer: las filas enviadas quedan sin marcar y su estado muestra el número de Apptoto.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/send_report.py" />
            <source>rows {rows}</source>
            <extracomment>English singular: row {rows}</extracomment>
            <translation>
                <numerusform>fila {rows}</numerusform>
                <numerusform>filas {rows}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/send_report.py" />
            <source>{rows} and {count} more</source>
            <translation>{rows} y {count} más</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/send_report.py" />
            <source>row {row}: {why}</source>
            <translation>fila {row}: {why}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/send_report.py" />
            <source>{rows}; and {count} more</source>
            <translation>{rows}; y {count} más</translation>
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <location filename="../../gui/core/server.py" />
            <source>the sandbox ({host})</source>
            <translation>el entorno de prueba ({host})</translation>
        </message>
        <message>
            <location filename="../../gui/core/server.py" />
            <source>the server at {host}</source>
            <translation>el servidor en {host}</translation>
        </message>
        <message>
            <location filename="../../gui/core/server.py" />
            <source>{server}, account {user}</source>
            <translation>{server}, cuenta {user}</translation>
        </message>
    </context>
    <context>
        <name>session</name>
        <message numerus="yes">
            <location filename="../../gui/sheets/session.py" />
            <source>{count} cells</source>
            <extracomment>English singular: {count} cell</extracomment>
            <translation>
                <numerusform>{count} celda</numerusform>
                <numerusform>{count} celdas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sheets/session.py" />
            <source>{count} added rows</source>
            <extracomment>English singular: {count} added row</extracomment>
            <translation>
                <numerusform>{count} fila agregada</numerusform>
                <numerusform>{count} filas agregadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sheets/session.py" />
            <source>{count} send results</source>
            <extracomment>English singular: {count} send result</extracomment>
            <translation>
                <numerusform>{count} resultado de envío</numerusform>
                <numerusform>{count} resultados de envío</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>settings_controller</name>
        <message>
            <location filename="../../gui/qt/settings_controller.py" />
            <source>The new language is used from the next start of Apptoto Sheets.</source>
            <translation>El nuevo idioma se usa a partir del próximo inicio de Apptoto Sheets.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_controller.py" />
            <source>Rows read again with the new settings.</source>
            <translation>Filas leídas de nuevo con la nueva configuración.</translation>
        </message>
        <message>
            <source>Another Apptoto account or server: compare again to see what sending would change there.</source>
            <translation type="vanished">Otra cuenta o servidor de Apptoto: compare de nuevo para ver qué cambiaría al enviar allí.</translation>
        </message>
    </context>
    <context>
        <name>settings_dialog</name>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Apptoto account</source>
            <translation>Cuenta de Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>the e-mail you log in to Apptoto with</source>
            <translation>el correo electrónico con el que entra a Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Sign in with &amp;Apptoto</source>
            <translation>Iniciar sesión con &amp;Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Sign in in your web browser; Apptoto Sheets never sees your password. Needs the client id of the app your office registered with Apptoto.</source>
            <translation>Inicie sesión en su navegador web; Apptoto Sheets nunca ve su contraseña. Necesita el id de cliente de la aplicación que su oficina registró en Apptoto.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>E-mail and API &amp;key</source>
            <translation>Correo y &amp;clave de API</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Apptoto: Settings &gt; Integrations &gt; Developer Tools &gt; API Keys. Kept in the system keyring, never in a file.</source>
            <translation>Apptoto: Settings &gt; Integrations &gt; Developer Tools &gt; API Keys. Se guarda en el llavero del sistema, nunca en un archivo.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>&amp;Test connection</source>
            <translation>&amp;Probar la conexión</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>&amp;Server:</source>
            <translation>&amp;Servidor:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Address:</source>
            <translation>Dirección:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>&amp;E-mail:</source>
            <translation>C&amp;orreo electrónico:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>How:</source>
            <translation>Cómo:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>API &amp;key:</source>
            <translation>&amp;Clave de API:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Reading the sheet</source>
            <translation>Lectura de la hoja</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>none: every row names its calendar</source>
            <translation>ninguno: cada fila indica su calendario</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>this computer's zone ({zone})</source>
            <translation>la zona de esta computadora ({zone})</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>any country (7 to 15 digits)</source>
            <translation>cualquier país (de 7 a 15 dígitos)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Default &amp;calendar:</source>
            <translation>Calen&amp;dario predeterminado:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Default time &amp;zone:</source>
            <translation>&amp;Zona horaria predeterminada:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>&amp;Phone numbers from:</source>
            <translation>&amp;Números de teléfono de:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Remember the columns chosen for each kind of file</source>
            <translation>Recordar las columnas elegidas para cada tipo de archivo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>The next export of the same shape opens with the same columns.</source>
            <translation>La próxima exportación con la misma forma se abre con las mismas columnas.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Sending</source>
            <translation>Enviando</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source> events a request</source>
            <translation> eventos por solicitud</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source> requests a minute</source>
            <translation> solicitudes por minuto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Give new rows an External ID (a retry can never make a duplicate)</source>
            <translation>Dar un ID externo a las filas nuevas (un reintento nunca puede crear un duplicado)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Add #auto so Apptoto sends its auto messages for new events</source>
            <translation>Agregar #auto para que Apptoto envíe sus mensajes automáticos de los eventos nuevos</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>&amp;Batch size:</source>
            <translation>&amp;Tamaño del lote:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>&amp;Rate limit:</source>
            <translation>&amp;Límite de ritmo:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Window</source>
            <translation>Ventana</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>As this computer</source>
            <translation>Como esta computadora</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>The language of the window's menus and messages, from the next start of Apptoto Sheets (the command line stays in English).</source>
            <translation>El idioma de los menús y mensajes de la ventana, a partir del próximo inicio de Apptoto Sheets (la línea de comandos sigue en inglés).</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>saved: type a new key to replace it</source>
            <translation>guardada: escriba una clave nueva para reemplazarla</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>paste the API key</source>
            <translation>pegue la clave de API</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Sandbox mode: the account here lasts until you quit.</source>
            <translation>Modo de prueba: la cuenta de aquí dura hasta que cierre la aplicación.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>This computer has no system keyring: the API key is kept in memory until you quit, and asked for again next time. It is never written to a file.</source>
            <translation>Esta computadora no tiene llavero del sistema: la clave de API se guarda en memoria hasta que cierre la aplicación y se vuelve a pedir la próxima vez. Nunca se escribe en un archivo.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>The API key is kept in the system keyring, never in a file.</source>
            <translation>La clave de API se guarda en el llavero del sistema, nunca en un archivo.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Enter the client id of your office's Apptoto app to sign in with Apptoto, or use an API key.</source>
            <translation>Escriba el id de cliente de la aplicación de Apptoto de su oficina para iniciar sesión con Apptoto, o use una clave de API.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>“{zone}” is not a time zone this app knows. Pick one from the list, or leave it empty.</source>
            <translation>“{zone}” no es una zona horaria que esta aplicación conozca. Elija una de la lista o déjela vacía.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>“{code}” is not a country code (e.g. US, GB, AU).</source>
            <translation>“{code}” no es un código de país (p. ej. US, MX, AR).</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>optional: shown as who is signed in</source>
            <translation>opcional: se muestra como quien inició sesión</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>Asking Apptoto…</source>
            <translation>Consultando a Apptoto…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>the sign-in</source>
            <translation>el inicio de sesión</translation>
        </message>
        <message>
            <location filename="../../gui/qt/settings_dialog.py" />
            <source>The account works: {server} accepted {who}.</source>
            <translation>La cuenta funciona: {server} aceptó {who}.</translation>
        </message>
        <message>
            <source>Remember the columns chosen for each kind of file (the next export of the same shape opens the same way)</source>
            <translation type="vanished">Recordar las columnas elegidas para cada tipo de archivo (la próxima exportación con la misma forma se abre igual)</translation>
        </message>
        <message>
            <source>the sandbox</source>
            <translation type="vanished">el entorno de prueba</translation>
        </message>
        <message>
            <source>The account does not work: {problem}</source>
            <translation type="vanished">La cuenta no funciona: {problem}</translation>
        </message>
        <message>
            <source>Could not reach {server}: {problem}.</source>
            <translation type="vanished">No se pudo conectar con {server}: {problem}.</translation>
        </message>
        <message>
            <source>The test failed: {error}</source>
            <translation type="vanished">La prueba falló: {error}</translation>
        </message>
    </context>
    <context>
        <name>sign_in_box</name>
        <message>
            <location filename="../../gui/apptoto/loopback.py" />
            <location filename="../../gui/qt/sign_in_box.py" />
            <source>The sign-in failed: {error}</source>
            <translation>El inicio de sesión falló: {error}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sign_in_box.py" />
            <source>The client id of the app your office registered with Apptoto (Settings ▸ Integrations ▸ Developer Tools), with the redirect URI http://127.0.0.1.</source>
            <translation>El id de cliente de la aplicación que su oficina registró en Apptoto (Settings ▸ Integrations ▸ Developer Tools), con el URI de redirección http://127.0.0.1.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sign_in_box.py" />
            <source>Sign &amp;in with Apptoto…</source>
            <translation>&amp;Iniciar sesión con Apptoto…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sign_in_box.py" />
            <source>Sign &amp;out</source>
            <translation>Ce&amp;rrar sesión</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sign_in_box.py" />
            <source>Cancel sign-in</source>
            <translation>Cancelar el inicio de sesión</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sign_in_box.py" />
            <source>App &amp;client id:</source>
            <translation>Id de &amp;cliente de la aplicación:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sign_in_box.py" />
            <source>Sign-in page:</source>
            <translation>Página de inicio de sesión:</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sign_in_box.py" />
            <source>the sandbox's app: {app}</source>
            <translation>la aplicación del entorno de prueba: {app}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sign_in_box.py" />
            <source>from ${variable}: {app}</source>
            <translation>de ${variable}: {app}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sign_in_box.py" />
            <source>from your office's app registration at Apptoto</source>
            <translation>del registro de la aplicación de su oficina en Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sign_in_box.py" />
            <source>https://…/oauth/authorize (default: the server's /oauth/authorize)</source>
            <translation>https://…/oauth/authorize (predeterminada: /oauth/authorize del servidor)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sign_in_box.py" />
            <source>Sign &amp;in again…</source>
            <translation>&amp;Iniciar sesión de nuevo…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sign_in_box.py" />
            <source>Waiting for you to sign in to Apptoto in your web browser… If no browser opened, &lt;a href="{address}"&gt;open the sign-in page&lt;/a&gt;.</source>
            <translation>Esperando a que inicie sesión en Apptoto en su navegador web… Si no se abrió ningún navegador, &lt;a href="{address}"&gt;abra la página de inicio de sesión&lt;/a&gt;.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/sign_in_box.py" />
            <source> To withdraw Apptoto Sheets' access altogether, remove it under Authorized Applications in Apptoto.</source>
            <translation> Para quitar por completo el acceso de Apptoto Sheets, elimínelo en Authorized Applications en Apptoto.</translation>
        </message>
    </context>
    <context>
        <name>snapshot</name>
        <message>
            <location filename="../../gui/core/snapshot.py" />
            <source>invalid</source>
            <translation>no válida</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message numerus="yes">
            <location filename="../../gui/qt/status.py" />
            <source>{count} updates if found</source>
            <extracomment>English singular: {count} update if found</extracomment>
            <translation>
                <numerusform>{count} actualización si se encuentra</numerusform>
                <numerusform>{count} actualizaciones si se encuentran</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/status.py" />
            <source>{count} rows</source>
            <extracomment>English singular: {count} row</extracomment>
            <translation>
                <numerusform>{count} fila</numerusform>
                <numerusform>{count} filas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/status.py" />
            <source>{count} new</source>
            <extracomment>English singular: {count} new</extracomment>
            <translation>
                <numerusform>{count} nueva</numerusform>
                <numerusform>{count} nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/status.py" />
            <source>{count} updates</source>
            <extracomment>English singular: {count} update</extracomment>
            <translation>
                <numerusform>{count} actualización</numerusform>
                <numerusform>{count} actualizaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/status.py" />
            <source>{count} with errors</source>
            <extracomment>English singular: {count} with errors</extracomment>
            <translation>
                <numerusform>{count} con errores</numerusform>
                <numerusform>{count} con errores</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/status.py" />
            <source>{count} with warnings</source>
            <extracomment>English singular: {count} with warnings</extracomment>
            <translation>
                <numerusform>{count} con advertencias</numerusform>
                <numerusform>{count} con advertencias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/status.py" />
            <source>{count} selected</source>
            <extracomment>English singular: {count} selected</extracomment>
            <translation>
                <numerusform>{count} seleccionada</numerusform>
                <numerusform>{count} seleccionadas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/status.py" />
            <source>New and updates count the rows a send can take: rows with errors are counted apart.</source>
            <translation>Nuevas y actualizaciones cuentan las filas que un envío puede llevar: las filas con errores se cuentan aparte.</translation>
        </message>
        <message numerus="yes">
            <source>{count} new or update</source>
            <extracomment>English singular: {count} new or update</extracomment>
            <translation type="vanished">
                <numerusform>{count} nueva o actualización</numerusform>
                <numerusform>{count} nuevas o actualizaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>summary</name>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <location filename="../../gui/core/summary.py" />
            <source>{count} new</source>
            <extracomment>English singular: {count} new</extracomment>
            <translation>
                <numerusform>{count} nuevo</numerusform>
                <numerusform>{count} nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <location filename="../../gui/core/summary.py" />
            <source>{count} updates</source>
            <extracomment>English singular: {count} update</extracomment>
            <translation>
                <numerusform>{count} actualización</numerusform>
                <numerusform>{count} actualizaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>{count} events will be sent: {new}, {updates}, {maybe} if found in Apptoto, else new.</source>
            <extracomment>English singular: {count} event will be sent: {new}, {updates}, {maybe} if found in Apptoto, else new.</extracomment>
            <translation>
                <numerusform>Se enviará {count} evento: {new}, {updates}, {maybe} si se encuentran en Apptoto; si no, nuevos.</numerusform>
                <numerusform>Se enviarán {count} eventos: {new}, {updates}, {maybe} si se encuentran en Apptoto; si no, nuevos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>{count} events will be sent: {new}, {updates}.</source>
            <extracomment>English singular: {count} event will be sent: {new}, {updates}.</extracomment>
            <translation>
                <numerusform>Se enviará {count} evento: {new}, {updates}.</numerusform>
                <numerusform>Se enviarán {count} eventos: {new}, {updates}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>{count} appointments will be cancelled in Apptoto: their reminders stop.</source>
            <extracomment>English singular: {count} appointment will be cancelled in Apptoto: its reminders stop.</extracomment>
            <translation>
                <numerusform>{count} cita se cancelará en Apptoto: sus recordatorios se detienen.</numerusform>
                <numerusform>{count} citas se cancelarán en Apptoto: sus recordatorios se detienen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>{count} selected rows have errors and will not be sent.</source>
            <extracomment>English singular: {count} selected row has errors and will not be sent.</extracomment>
            <translation>
                <numerusform>{count} fila seleccionada tiene errores y no se enviará.</numerusform>
                <numerusform>{count} filas seleccionadas tienen errores y no se enviarán.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>{count} updates replace all participants of the event (people not listed in the row are removed).</source>
            <extracomment>English singular: {count} update replaces all participants of the event (people not listed in the row are removed).</extracomment>
            <translation>
                <numerusform>{count} actualización reemplaza todos los participantes del evento (se quitan las personas que no figuran en la fila).</numerusform>
                <numerusform>{count} actualizaciones reemplazan todos los participantes del evento (se quitan las personas que no figuran en la fila).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>{count} updates replace all custom data of the event.</source>
            <extracomment>English singular: {count} update replaces all custom data of the event.</extracomment>
            <translation>
                <numerusform>{count} actualización reemplaza todos los datos personalizados del evento.</numerusform>
                <numerusform>{count} actualizaciones reemplazan todos los datos personalizados del evento.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>{count} participants on new events may receive Apptoto's auto messages.</source>
            <extracomment>English singular: {count} participant on new events may receive Apptoto's auto messages.</extracomment>
            <translation>
                <numerusform>{count} participante de eventos nuevos puede recibir los mensajes automáticos de Apptoto.</numerusform>
                <numerusform>{count} participantes de eventos nuevos pueden recibir los mensajes automáticos de Apptoto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>If Apptoto does not have it, those rows will fail and nothing is created: check the spelling, or allow creating it.</source>
            <extracomment>English singular: If Apptoto does not have it, that row will fail and nothing is created: check the spelling, or allow creating it.</extracomment>
            <translation>
                <numerusform>Si Apptoto no lo tiene, esa fila fallará y no se creará nada: revise cómo está escrito o permita crearlo.</numerusform>
                <numerusform>Si Apptoto no lo tiene, esas filas fallarán y no se creará nada: revise cómo está escrito o permita crearlo.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>If Apptoto does not have them, those rows will fail and nothing is created: check the spelling, or allow creating them.</source>
            <extracomment>English singular: If Apptoto does not have them, that row will fail and nothing is created: check the spelling, or allow creating them.</extracomment>
            <translation>
                <numerusform>Si Apptoto no los tiene, esa fila fallará y no se creará nada: revise cómo están escritos o permita crearlos.</numerusform>
                <numerusform>Si Apptoto no los tiene, esas filas fallarán y no se creará nada: revise cómo están escritos o permita crearlos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>Calendars not seen before in this account: {names}. {fail}</source>
            <extracomment>English singular: Calendar not seen before in this account: {names}. {fail}</extracomment>
            <translation>
                <numerusform>Calendario que no se había visto en esta cuenta: {names}. {fail}</numerusform>
                <numerusform>Calendarios que no se habían visto en esta cuenta: {names}. {fail}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>Calendars not seen before in this account, which Apptoto will create if it does not have them: {names}.</source>
            <extracomment>English singular: Calendar not seen before in this account, which Apptoto will create if it does not have it: {names}.</extracomment>
            <translation>
                <numerusform>Calendario que no se había visto en esta cuenta, que Apptoto creará si no lo tiene: {names}.</numerusform>
                <numerusform>Calendarios que no se habían visto en esta cuenta, que Apptoto creará si no los tiene: {names}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>“{name}” ({count} rows)</source>
            <extracomment>English singular: “{name}” ({count} row)</extracomment>
            <translation>
                <numerusform>“{name}” ({count} fila)</numerusform>
                <numerusform>“{name}” ({count} filas)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/core/summary.py" />
            <source>{file}, sheet "{sheet}", row {row}: {status}: {event} will be deleted in Apptoto (its reminders stop)</source>
            <translation>{file}, hoja "{sheet}", fila {row}: {status}: {event} se eliminará en Apptoto (sus recordatorios se detienen)</translation>
        </message>
        <message>
            <location filename="../../gui/core/summary.py" />
            <source>event #{id}</source>
            <translation>evento #{id}</translation>
        </message>
        <message>
            <location filename="../../gui/core/summary.py" />
            <source>the event with External ID {external_id}</source>
            <translation>el evento con ID externo {external_id}</translation>
        </message>
    </context>
    <context>
        <name>times</name>
        <message>
            <location filename="../../gui/core/times.py" />
            <source>{label} {when} does not exist in {zone}: the clocks go forward that night</source>
            <translation>{label} {when} no existe en {zone}: esa noche se adelantan los relojes</translation>
        </message>
        <message>
            <location filename="../../gui/core/times.py" />
            <source>{label} {when} happens twice in {zone} (the clocks go back that night); the first one is used</source>
            <translation>{label} {when} ocurre dos veces en {zone} (esa noche se atrasan los relojes); se usa la primera</translation>
        </message>
        <message>
            <location filename="../../gui/core/times.py" />
            <source>“{zone}” is not a time zone I know (e.g. America/New_York, Eastern Time (US &amp; Canada))</source>
            <translation>“{zone}” no es una zona horaria conocida (p. ej. America/New_York, Eastern Time (US &amp; Canada))</translation>
        </message>
        <message>
            <location filename="../../gui/core/times.py" />
            <source>ends before it starts ({end} is before {start})</source>
            <translation>termina antes de empezar ({end} es antes de {start})</translation>
        </message>
        <message>
            <location filename="../../gui/core/times.py" />
            <source>ends ({end}) before it starts ({start})</source>
            <translation>termina ({end}) antes de empezar ({start})</translation>
        </message>
        <message>
            <location filename="../../gui/core/times.py" />
            <source>{label} has only a time ({time}); fill the Date column or write a full date</source>
            <translation>{label} solo tiene una hora ({time}); llene la columna Fecha o escriba una fecha completa</translation>
        </message>
    </context>
    <context>
        <name>undo</name>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>row {row}: {state}: {outcome}</source>
            <translation>fila {row}: {state}: {outcome}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>row {row}: not undone: {why}</source>
            <translation>fila {row}: no se deshizo: {why}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>Some events this send changed have no before-state in the journal (sent by an older version of the app, or Apptoto could not be asked): they cannot be restored.</source>
            <translation>Algunos eventos que cambió este envío no tienen su estado anterior en el registro de envíos (los envió una versión anterior de la aplicación, o no se pudo consultar a Apptoto): no se pueden restaurar.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>This send went to the sandbox of an earlier session. The sandbox starts afresh each time it is started, so nothing that send made is left to undo.</source>
            <translation>Este envío fue al entorno de prueba de una sesión anterior. El entorno de prueba empieza de cero cada vez que se inicia, así que no queda nada de ese envío que deshacer.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>This send went to {then}; connect to that account to undo it (you are connected to {now}).</source>
            <translation>Este envío fue a {then}; conéctese a esa cuenta para deshacerlo (ahora está conectado a {now}).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>its undo changed since it was prepared: undo again to see it</source>
            <translation>su acción de deshacer cambió desde que se preparó: vuelva a deshacer para verla</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>Nothing to undo: Apptoto is already as it was before this send.</source>
            <translation>No hay nada que deshacer: Apptoto ya está como antes de este envío.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>Nothing was changed.</source>
            <translation>No se cambió nada.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>The send journal cannot be written ({reason}): nothing was undone.</source>
            <translation>No se puede escribir el registro de envíos ({reason}): no se deshizo nada.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>This computer could not note which appointments the undo deleted ({reason}): sending their rows again may update the deleted events instead of creating them.</source>
            <translation>Esta computadora no pudo anotar qué citas eliminó la acción de deshacer ({reason}): si vuelve a enviar sus filas, puede que se actualicen los eventos eliminados en lugar de crearse de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>created</source>
            <translation>creada</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>updated</source>
            <translation>actualizada</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>deleted</source>
            <translation>eliminada</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>failed</source>
            <translation>fallida</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>unknown</source>
            <translation>desconocida</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>skipped</source>
            <translation>omitida</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>The history could not note this undo ({reason}).</source>
            <translation>El historial no pudo registrar esta acción de deshacer ({reason}).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>Deleted #{id} (this send had created it).</source>
            <translation>Se eliminó #{id} (este envío lo había creado).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>Restored #{id} as it was before the send</source>
            <translation>Se restauró #{id} como estaba antes del envío</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo.py" />
            <source>Re-created as event #{id} with External ID {external_id} (the deleted event #{old} stays deleted in Apptoto)</source>
            <translation>Se recreó como el evento #{id} con ID externo {external_id} (el evento eliminado #{old} sigue eliminado en Apptoto)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo.py" />
            <source>edit</source>
            <translation>edición</translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo.py" />
            <source>edit of {count} cells</source>
            <translation>edición de {count} celdas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo.py" />
            <source>add row</source>
            <translation>agregar fila</translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo.py" />
            <source>add {count} rows</source>
            <translation>agregar {count} filas</translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo.py" />
            <source>delete row</source>
            <translation>eliminar fila</translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo.py" />
            <source>delete {count} rows</source>
            <translation>eliminar {count} filas</translation>
        </message>
        <message>
            <source>This send went to {user} on {server}; connect to that account to undo it (now: {now_user} on {now_server}).</source>
            <translation type="vanished">Este envío fue a {user} en {server}; conéctese a esa cuenta para deshacerlo (ahora: {now_user} en {now_server}).</translation>
        </message>
    </context>
    <context>
        <name>undo_dialog</name>
        <message>
            <location filename="../../gui/qt/undo_dialog.py" />
            <source>Undo it</source>
            <translation>Deshacerlo</translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo_dialog.py" />
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo_dialog.py" />
            <source>What happens</source>
            <translation>Qué pasa</translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo_dialog.py" />
            <source>Event</source>
            <translation>Evento</translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo_dialog.py" />
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo_dialog.py" />
            <source>{action} (changed since the send)</source>
            <translation>{action} (cambió desde el envío)</translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo_dialog.py" />
            <source>Undo this send</source>
            <translation>Deshacer este envío</translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo_dialog.py" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo_dialog.py" />
            <source>Events changed in Apptoto since the send are not undone unless you tick them: undoing them loses those later changes.</source>
            <translation>Los eventos que cambiaron en Apptoto desde el envío no se deshacen a menos que los marque: al deshacerlos se pierden esos cambios posteriores.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/undo_dialog.py" />
            <source>{count} of these events have participants Apptoto shows as already reminded or confirmed: messages already sent cannot be recalled.</source>
            <extracomment>English singular: {count} of these events has participants Apptoto shows as already reminded or confirmed: messages already sent cannot be recalled.</extracomment>
            <translation>
                <numerusform>{count} de estos eventos tiene participantes que Apptoto muestra como ya recordados o confirmados: los mensajes ya enviados no se pueden recuperar.</numerusform>
                <numerusform>{count} de estos eventos tienen participantes que Apptoto muestra como ya recordados o confirmados: los mensajes ya enviados no se pueden recuperar.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/qt/undo_dialog.py" />
            <source>&amp;Undo {count} events</source>
            <extracomment>English singular: &amp;Undo {count} event</extracomment>
            <translation>
                <numerusform>&amp;Deshacer {count} evento</numerusform>
                <numerusform>&amp;Deshacer {count} eventos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/qt/undo_dialog.py" />
            <source>Nothing to undo</source>
            <translation>Nada que deshacer</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation type="vanished">Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation type="vanished">No</translation>
        </message>
    </context>
    <context>
        <name>undo_steps</name>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>it was not sent</source>
            <translation>no se envió</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>nothing to undo ({why})</source>
            <translation>nada que deshacer ({why})</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>Apptoto could not be asked about it ({reason}); undo again later</source>
            <translation>no se pudo consultar a Apptoto sobre él ({reason}); vuelva a deshacer más tarde</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>Apptoto gave it no id and it has no External ID to find it by: check Apptoto</source>
            <translation>Apptoto no le dio ningún id y no tiene ID externo para encontrarlo: revise Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>no before-state in the journal</source>
            <translation>no hay estado anterior en el registro de envíos</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>its state before the send was not kept ({why})</source>
            <translation>su estado antes del envío no se guardó ({why})</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>the send created it</source>
            <translation>el envío lo creó</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>deleted already</source>
            <translation>ya eliminado</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>not in Apptoto</source>
            <translation>no está en Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>Apptoto may have had it before the send (its answer showed {signs}): deleting it may remove an appointment the send only changed</source>
            <translation>es posible que Apptoto ya lo tuviera antes del envío (su respuesta mostraba {signs}): al eliminarlo se podría quitar una cita que el envío solo cambió</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>changed in Apptoto since the send ({fields}): deleting it loses those changes</source>
            <translation>cambió en Apptoto desde el envío ({fields}): al eliminarlo se pierden esos cambios</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>it was deleted in Apptoto since the send</source>
            <translation>se eliminó en Apptoto después del envío</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>it is not in Apptoto</source>
            <translation>no está en Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>already as it was before the send</source>
            <translation>ya está como antes del envío</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>changed in Apptoto since the send ({fields}): restoring it overwrites those changes</source>
            <translation>cambió en Apptoto desde el envío ({fields}): al restaurarlo se sobrescriben esos cambios</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>restored as it was before the send</source>
            <translation>restaurado como estaba antes del envío</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>nothing was deleted</source>
            <translation>no se eliminó nada</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>it is not deleted in Apptoto</source>
            <translation>no está eliminado en Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>Apptoto could not be asked ({reason}); undo again later</source>
            <translation>no se pudo consultar a Apptoto ({reason}); vuelva a deshacer más tarde</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>re-created already as event #{id}</source>
            <translation>ya se recreó como el evento #{id}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_steps.py" />
            <source>Apptoto cannot bring a deleted event back; it may send the new one its auto messages</source>
            <translation>Apptoto no puede recuperar un evento eliminado; es posible que envíe al nuevo sus mensajes automáticos</translation>
        </message>
    </context>
    <context>
        <name>undo_text</name>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>delete</source>
            <translation>eliminar</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>restore</source>
            <translation>restaurar</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>re-create</source>
            <translation>recrear</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>cannot undo</source>
            <translation>no se puede deshacer</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>row {row}: nothing to do: {why}</source>
            <translation>fila {row}: nada que hacer: {why}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>{action} as a new event ({why})</source>
            <translation>{action} como un evento nuevo ({why})</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>already messaged: {who}: what went out cannot be recalled</source>
            <translation>ya recibió mensajes: {who}: lo que se envió no se puede recuperar</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>cannot remove {who}: Apptoto keeps participants already messaged</source>
            <translation>no se puede quitar a {who}: Apptoto conserva a los participantes que ya recibieron mensajes</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>CONFLICT: {conflict}; skipped unless you confirm it</source>
            <translation>CONFLICTO: {conflict}; se omite a menos que lo confirme</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>row {row}: {step}</source>
            <translation>fila {row}: {step}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>{count} deleted</source>
            <extracomment>English singular: {count} deleted</extracomment>
            <translation>
                <numerusform>{count} eliminado</numerusform>
                <numerusform>{count} eliminados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>{count} restored</source>
            <extracomment>English singular: {count} restored</extracomment>
            <translation>
                <numerusform>{count} restaurado</numerusform>
                <numerusform>{count} restaurados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>{count} re-created</source>
            <extracomment>English singular: {count} re-created</extracomment>
            <translation>
                <numerusform>{count} recreado</numerusform>
                <numerusform>{count} recreados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>{count} events will be deleted</source>
            <extracomment>English singular: {count} event will be deleted</extracomment>
            <translation>
                <numerusform>{count} evento se eliminará</numerusform>
                <numerusform>{count} eventos se eliminarán</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>{count} events will be restored</source>
            <extracomment>English singular: {count} event will be restored</extracomment>
            <translation>
                <numerusform>{count} evento se restaurará</numerusform>
                <numerusform>{count} eventos se restaurarán</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>{count} events will be re-created</source>
            <extracomment>English singular: {count} event will be re-created</extracomment>
            <translation>
                <numerusform>{count} evento se recreará</numerusform>
                <numerusform>{count} eventos se recrearán</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>the send of {file} on {when}</source>
            <translation>el envío de {file} del {when}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>Nothing to undo: Apptoto is already as it was before {send}.</source>
            <translation>No hay nada que deshacer: Apptoto ya está como antes de {send}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>{count} events will be changed: {changes}</source>
            <extracomment>English singular: {count} event will be changed: {changes}</extracomment>
            <translation>
                <numerusform>{count} evento cambiará: {changes}</numerusform>
                <numerusform>{count} eventos cambiarán: {changes}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>{count} of them were changed since the send (skipped unless you confirm)</source>
            <extracomment>English singular: {count} of them was changed since the send (skipped unless you confirm)</extracomment>
            <translation>
                <numerusform>{count} de ellos cambió desde el envío (se omite a menos que lo confirme)</numerusform>
                <numerusform>{count} de ellos cambiaron desde el envío (se omiten a menos que lo confirme)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>{count} cannot be undone</source>
            <extracomment>English singular: {count} cannot be undone</extracomment>
            <translation>
                <numerusform>{count} no se puede deshacer</numerusform>
                <numerusform>{count} no se pueden deshacer</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>Undo of {send}: {parts}.</source>
            <translation>Deshacer {send}: {parts}.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>event #{id}</source>
            <translation>evento #{id}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>the event</source>
            <translation>el evento</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>on {when}</source>
            <translation>del {when}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>Re-create</source>
            <translation>Recrear</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>Nothing to do</source>
            <translation>Nada que hacer</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>Cannot undo</source>
            <translation>No se puede deshacer</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>As it was before the send</source>
            <translation>Como estaba antes del envío</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>Already messaged: {who}: what went out cannot be recalled</source>
            <translation>Ya recibió mensajes: {who}: lo que se envió no se puede recuperar</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>Stays on it: {who} (Apptoto keeps participants already messaged)</source>
            <translation>Se queda en él: {who} (Apptoto conserva a los participantes que ya recibieron mensajes)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/undo_text.py" />
            <source>Conflict: {conflict}. Tick it to undo it all the same.</source>
            <translation>Conflicto: {conflict}. Márquelo para deshacerlo de todos modos.</translation>
        </message>
        <message>
            <source>the send of {file} on {when} (run {run})</source>
            <translation type="vanished">el envío de {file} del {when} (envío {run})</translation>
        </message>
    </context>
    <context>
        <name>update_check</name>
        <message>
            <location filename="../../gui/qt/update_check.py" />
            <source>Check for updates</source>
            <translation>Buscar actualizaciones</translation>
        </message>
        <message>
            <location filename="../../gui/qt/update_check.py" />
            <source>No update address is set for this copy of Apptoto Sheets, so it cannot check for updates. Whoever installed it can set one: the setting “updates/feed_url” in {file}.</source>
            <translation>Esta copia de Apptoto Sheets no tiene una dirección de actualizaciones, así que no puede buscarlas. Quien la instaló puede configurarla: el ajuste “updates/feed_url” en {file}.</translation>
        </message>
        <message>
            <location filename="../../gui/qt/update_check.py" />
            <source>Not available: no update address is set</source>
            <translation>No disponible: no hay una dirección de actualizaciones</translation>
        </message>
        <message>
            <location filename="../../gui/qt/update_check.py" />
            <source>Checking for updates…</source>
            <translation>Buscando actualizaciones…</translation>
        </message>
        <message>
            <location filename="../../gui/qt/update_check.py" />
            <source>The web browser could not be opened. The new version is at {address}</source>
            <translation>No se pudo abrir el navegador web. La nueva versión está en {address}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/update_check.py" />
            <source>Something unexpected went wrong while checking for updates ({error}: {problem}).</source>
            <translation>Algo inesperado salió mal al buscar actualizaciones ({error}: {problem}).</translation>
        </message>
        <message>
            <location filename="../../gui/qt/update_check.py" />
            <source>Could not check for updates. {problem}</source>
            <translation>No se pudo buscar actualizaciones. {problem}</translation>
        </message>
        <message>
            <location filename="../../gui/qt/update_check.py" />
            <source>Could not check for updates</source>
            <translation>No se pudo buscar actualizaciones</translation>
        </message>
    </context>
    <context>
        <name>updates</name>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>the server sent something else (a web page, perhaps a network sign-in page)</source>
            <translation>el servidor envió otra cosa (una página web, quizá una página de inicio de sesión de la red)</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>this system</source>
            <translation>este sistema</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>You have the latest version of Apptoto Sheets ({version}).</source>
            <translation>Tiene la última versión de Apptoto Sheets ({version}).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>Apptoto Sheets {latest} is available, released {day}. You have version {version}.</source>
            <translation>Apptoto Sheets {latest} está disponible, publicada el {day}. Usted tiene la versión {version}.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>Apptoto Sheets {latest} is available. You have version {version}.</source>
            <translation>Apptoto Sheets {latest} está disponible. Usted tiene la versión {version}.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>What is new:</source>
            <translation>Novedades:</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>Version {version} is no longer supported: please update.</source>
            <translation>La versión {version} ya no tiene soporte: actualice, por favor.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>Download opens the download page in your web browser.</source>
            <translation>Descargar abre la página de descarga en su navegador web.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>The update information gives no download for {system}.</source>
            <translation>La información de actualización no ofrece ninguna descarga para {system}.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>the update server</source>
            <translation>el servidor de actualizaciones</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>The update information from {server} could not be read</source>
            <translation>No se pudo leer la información de actualización de {server}</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: it is in format {format}, and this version reads format {ours}. Download the latest version from the Apptoto Sheets web site.</source>
            <translation>{problem}: está en el formato {format}, y esta versión lee el formato {ours}. Descargue la última versión del sitio web de Apptoto Sheets.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: it gives no download addresses.</source>
            <translation>{problem}: no indica ninguna dirección de descarga.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: the download address for {system} is not text.</source>
            <translation>{problem}: la dirección de descarga para {system} no es texto.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: the download address for {system}, {url}, is not secure (it must start with https://).</source>
            <translation>{problem}: la dirección de descarga para {system}, {url}, no es segura (debe empezar con https://).</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: its notes are not a list of lines.</source>
            <translation>{problem}: sus notas no son una lista de líneas.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: its release date {date} is not a date such as 2026-12-14.</source>
            <translation>{problem}: su fecha de publicación {date} no es una fecha como 2026-12-14.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: it does not say which version is the latest.</source>
            <translation>{problem}: no indica cuál es la última versión.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: {key} {value} is not a version number.</source>
            <translation>{problem}: {key} {value} no es un número de versión.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>The update address {url} is not a secure web address: it must start with https://.</source>
            <translation>La dirección de actualización {url} no es una dirección web segura: debe empezar con https://.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>the update server ({host})</source>
            <translation>el servidor de actualizaciones ({host})</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>There is no update information at {url} (the server answered 404, not found). The update address may be wrong.</source>
            <translation>No hay información de actualización en {url} (el servidor respondió 404, no encontrado). Puede que la dirección de actualización esté mal.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{server} answered with an error ({status} {reason}). Try again later.</source>
            <translation>{server} respondió con un error ({status} {reason}). Intente de nuevo más tarde.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>The update information from {server} is far too big to be real (over 64 kB): it was not read.</source>
            <translation>La información de actualización de {server} es demasiado grande para ser real (más de 64 kB): no se leyó.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{server} did not answer in time. Try again later.</source>
            <translation>{server} no respondió a tiempo. Intente de nuevo más tarde.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>The security certificate of {server} could not be verified, so its answer was not trusted. Try again later.</source>
            <translation>No se pudo verificar el certificado de seguridad de {server}, así que no se confió en su respuesta. Intente de nuevo más tarde.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>Could not reach {server}. Check that this computer is connected to the internet, then try again.</source>
            <translation>No se pudo conectar con {server}. Revise que esta computadora esté conectada a internet e intente de nuevo.</translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>Could not get the update information from {server}: {reason}</source>
            <translation>No se pudo obtener la información de actualización de {server}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>vocab</name>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <location filename="../../gui/core/vocab.py" />
            <location filename="../../gui/qt/status.py" />
            <source>{count} cancellations</source>
            <extracomment>English singular: {count} cancellation</extracomment>
            <translation>
                <numerusform>{count} cancelación</numerusform>
                <numerusform>{count} cancelaciones</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/confirm.py" />
            <location filename="../../gui/core/vocab.py" />
            <location filename="../../gui/qt/row_look.py" />
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>New</source>
            <translation>Nueva</translation>
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>Update</source>
            <translation>Actualización</translation>
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>Update if found</source>
            <translation>Actualizar si se encuentra</translation>
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>Cancel in Apptoto</source>
            <translation>Cancelar en Apptoto</translation>
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>A new appointment: sending creates it in Apptoto.</source>
            <translation>Una cita nueva: al enviarla se crea en Apptoto.</translation>
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>Changes the appointment Apptoto has with this id.</source>
            <translation>Cambia la cita que Apptoto tiene con este id.</translation>
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>Has only an External ID: sending updates the appointment Apptoto has with it, or creates it when Apptoto has none.</source>
            <translation>Solo tiene ID externo: al enviarla se actualiza la cita que Apptoto tiene con él, o se crea si Apptoto no tiene ninguna.</translation>
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>Its status says it was cancelled: sending deletes the appointment in Apptoto, so its reminders stop.</source>
            <translation>Su estado indica que se canceló: al enviar se elimina la cita en Apptoto, así que sus recordatorios se detienen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} new</source>
            <extracomment>English singular: {count} new</extracomment>
            <translation>
                <numerusform>{count} nueva</numerusform>
                <numerusform>{count} nuevas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} will change</source>
            <extracomment>English singular: {count} will change</extracomment>
            <translation>
                <numerusform>{count} cambiará</numerusform>
                <numerusform>{count} cambiarán</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} unchanged</source>
            <extracomment>English singular: {count} unchanged</extracomment>
            <translation>
                <numerusform>{count} sin cambios</numerusform>
                <numerusform>{count} sin cambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} conflicts</source>
            <extracomment>English singular: {count} conflict</extracomment>
            <translation>
                <numerusform>{count} conflicto</numerusform>
                <numerusform>{count} conflictos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} not compared</source>
            <extracomment>English singular: {count} not compared</extracomment>
            <translation>
                <numerusform>{count} no comparada</numerusform>
                <numerusform>{count} no comparadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} created</source>
            <extracomment>English singular: {count} created</extracomment>
            <translation>
                <numerusform>{count} creada</numerusform>
                <numerusform>{count} creadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} updated</source>
            <extracomment>English singular: {count} updated</extracomment>
            <translation>
                <numerusform>{count} actualizada</numerusform>
                <numerusform>{count} actualizadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} deleted</source>
            <extracomment>English singular: {count} deleted</extracomment>
            <translation>
                <numerusform>{count} eliminado</numerusform>
                <numerusform>{count} eliminados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} failed</source>
            <extracomment>English singular: {count} failed</extracomment>
            <translation>
                <numerusform>{count} fallida</numerusform>
                <numerusform>{count} fallidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} unknown (check Apptoto before resending)</source>
            <extracomment>English singular: {count} unknown (check Apptoto before resending)</extracomment>
            <translation>
                <numerusform>{count} desconocida (revise Apptoto antes de reenviar)</numerusform>
                <numerusform>{count} desconocidas (revise Apptoto antes de reenviar)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} not sent</source>
            <extracomment>English singular: {count} not sent</extracomment>
            <translation>
                <numerusform>{count} no enviada</numerusform>
                <numerusform>{count} no enviadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} updates</source>
            <extracomment>English singular: {count} update</extracomment>
            <translation type="vanished">
                <numerusform>{count} actualización</numerusform>
                <numerusform>{count} actualizaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>weekday</name>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Mon</source>
            <translation>lun</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Wed</source>
            <translation>mié</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Thu</source>
            <translation>jue</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Fri</source>
            <translation>vie</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Sat</source>
            <translation>sáb</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Sun</source>
            <translation>dom</translation>
        </message>
    </context>
    <context>
        <name>words</name>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>{items} and {last}</source>
            <translation>{items} y {last}</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <location filename="../../gui/qt/delegates.py" />
            <source>{weekday} {day} {month} {year}</source>
            <translation>{weekday} {day} {month} {year}</translation>
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>{day} {month} {year}</source>
            <translation>{day} de {month} de {year}</translation>
        </message>
    </context>
</TS>
