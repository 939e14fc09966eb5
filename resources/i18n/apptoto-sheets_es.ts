<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>accounts</name>
        <message>
            <location filename="../../gui/apptoto/accounts.py" />
            <source>Waiting for another send to this account to finish</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>before</name>
        <message>
            <location filename="../../gui/apptoto/before.py" />
            <source>Apptoto was not asked about this event before the send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/before.py" />
            <source>Apptoto could not be asked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>calendars</name>
        <message>
            <location filename="../../gui/apptoto/calendars.py" />
            <source>Calendar “{name}” does not exist in this Apptoto account; it was not created. Check the spelling, or allow creating it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/calendars.py" />
            <source>Its calendar “{name}” is not known in this account: if Apptoto does not have it, that may be why (it was not created).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/calendars.py" />
            <source>Apptoto put it in calendar #{id}, which this app has never seen in this account: it seems to have created the calendar “{name}” although it was asked not to. Check the spelling in Apptoto</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/calendars.py" />
            <source>{count} rows not sent: calendar “{name}” does not exist in this Apptoto account (nothing was created).</source>
            <extracomment>English singular: {count} row not sent: calendar “{name}” does not exist in this Apptoto account (nothing was created).</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/calendars.py" />
            <source>Apptoto seems to have created {count} calendars although asked not to: {names}. Check them in Apptoto.</source>
            <extracomment>English singular: Apptoto seems to have created {count} calendar although asked not to: {names}. Check it in Apptoto.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/calendars.py" />
            <source>First send to this account from this computer: {names} are now remembered as calendars of the account. Apptoto was asked not to create calendars; if one of these names is misspelt, check it in Apptoto.</source>
            <extracomment>English singular: First send to this account from this computer: {names} is now remembered as a calendar of the account. Apptoto was asked not to create calendars; if one of these names is misspelt, check it in Apptoto.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>cancels</name>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Not cancelled: the row names no event (no Apptoto ID or External ID).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Apptoto has no such event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Nothing to cancel: {why}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Nothing to cancel: event #{id} is deleted in Apptoto already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Deleted: its reminders stop ({event}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Nothing to cancel: Apptoto has no such event ({event}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Not cancelled: Apptoto refused to delete it: {reason} ({status}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Deleted #{id} in Apptoto: the appointment is cancelled and its reminders stop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Deleted in Apptoto ({event}): its reminders stop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Note: Apptoto's answer does not show it deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>Not known to be cancelled: {reason} (gave up after {count} tries); cancelling it again is safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>event #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/cancels.py" />
            <source>External ID {external_id}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cells</name>
        <message>
            <location filename="../../gui/core/columns.py" />
            <location filename="../../gui/core/times.py" />
            <source>the cell holds {value} ({why})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/columns.py" />
            <location filename="../../gui/core/times.py" />
            <source>{label} {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/table.py" />
            <source>a formula error or a formula without a value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/times.py" />
            <source>Duration {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/normalise.py" />
            <source>the file stores NaN (not a number) in it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/normalise.py" />
            <source>the file stores an infinite number in it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_scan.py" />
            <source>the formula ={formula} has no saved result (open the file in Excel, save it, and load it again)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_scan.py" />
            <source>a formula has no saved result (open the file in Excel, save it, and load it again)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>changes</name>
        <message>
            <location filename="../../gui/apptoto/changes.py" />
            <source>the event was deleted in Apptoto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/changes.py" />
            <source>calendar move: the event is in {now}, the sheet says {wanted}; Apptoto cannot move events between calendars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/changes.py" />
            <source>participant {who} would be dropped but was already messaged ({state}): Apptoto keeps them</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>compare</name>
        <message>
            <location filename="../../gui/apptoto/changes.py" />
            <location filename="../../gui/apptoto/compare.py" />
            <source>calendar {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>content</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>all_day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>show_as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>start_time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>end_time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>time_zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>external_id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>custom_data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>a participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>the event is deleted in Apptoto: this change does not bring it back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>Apptoto kept the start at {kept} instead of {sent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>Apptoto kept the end at {kept} instead of {sent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>Apptoto has {field} {kept} instead of {sent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>custom data differs from what was sent: {keys}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>not moved to {asked}: the event stays in {kept} (Apptoto cannot move events between calendars)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>already messaged ({state})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>Apptoto kept them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>participant {who} was not removed: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/compare.py" />
            <source>participant {who} is missing from Apptoto's answer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>confirm</name>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>Send {count} rows to the sandbox? Nothing here reaches real Apptoto.</source>
            <extracomment>English singular: Send {count} row to the sandbox? Nothing here reaches real Apptoto.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>Send {count} rows to the REAL Apptoto account {account} ({host})? This changes real appointments.</source>
            <extracomment>English singular: Send {count} row to the REAL Apptoto account {account} ({host})? This changes real appointments.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>Send {count} rows to the server at {account}? This changes real appointments.</source>
            <extracomment>English singular: Send {count} row to the server at {account}? This changes real appointments.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>{count} rows in conflict after the last Compare are left out (unticked): {rows}. Tick a row to send it anyway.</source>
            <extracomment>English singular: {count} row in conflict after the last Compare is left out (unticked): {rows}. Tick a row to send it anyway.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>{count} rows are unchanged in Apptoto since the last Compare: sending changes nothing there.</source>
            <extracomment>English singular: {count} row is unchanged in Apptoto since the last Compare: sending changes nothing there.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>{count} rows were not compared (edited since, or new): the send checks Apptoto for them first.</source>
            <extracomment>English singular: {count} row was not compared (edited since, or new): the send checks Apptoto for them first.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/confirm.py" />
            <source>It will take {time} at the rate Apptoto allows.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>{count} updates if found in Apptoto, else new</source>
            <extracomment>English singular: {count} update if found in Apptoto, else new</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>{count} events will be sent: {kinds}.</source>
            <extracomment>English singular: {count} event will be sent: {kinds}.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>Times without a zone are read as {zone} ({count} rows).</source>
            <extracomment>English singular: Times without a zone are read as {zone} ({count} row).</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <source>Times without a zone on {count} updates are read in their event's time zone in Apptoto, {zone}.</source>
            <extracomment>English singular: Times without a zone on {count} update are read in its event's time zone in Apptoto, {zone}.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/confirm.py" />
            <source>a conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/confirm.py" />
            <source>row {row}: {reasons}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>convert</name>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>should be a whole number, not yes/no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>{value} is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is too large (Apptoto's numbers go up to {most})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not yes or no (use yes/no, true/false, 1/0 or x)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not one of Free, Tentative, Busy, Out of Office, Working Elsewhere (or 0-4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>should be a number of minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a number of minutes (e.g. 50, 50 min, 1h 30m, 1:30)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a number of minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>should be more than 0 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” minutes is more than a year (at most {most})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a valid e-mail address: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>is yes/no, not a phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>{value} is not a phone number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a phone number (only digits, spaces, + ( ) - . are expected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” has {digits} digits; a phone number has 7 to 15</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” has {digits} digits; a {region} number has 10 (area code and number), or write it with +country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>{value} is not a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a date or time I can read ({example})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>e.g. 12/31/2026 2:30 PM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>e.g. 31/12/2026 14:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>e.g. 2026-12-31 14:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>is yes/no, not a date or time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is not a date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/convert.py" />
            <source>“{value}” is a time, not a date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>dateorder</name>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>month first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>day first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>year first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>as the command line says</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>as chosen for these files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>from the file's dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>every date reads both ways</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>the file has no dates written as text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>{order} ({why})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>Dates in column "{column}" can be read month first or day first; they are read month first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/dateorder.py" />
            <source>Every date in column "{column}" reads two ways ("{text}" is {month_first} month first, or {day_first} day first): they are read month first. If that is wrong, choose the order in Columns… (or --date-order DMY).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>diff</name>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>the same appointment as row {row} (same calendar, start, participant, title, end and location): it would be sent once</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>a cancellation that names no event (no Apptoto ID or External ID)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>Apptoto was not asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>deletes event #{id} “{title}” on {when}: its reminders stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>event #{id} is deleted in Apptoto already</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>nothing to cancel: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/diff.py" />
            <source>no</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>engine</name>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <location filename="../../gui/apptoto/send.py" />
            <source>Not sent: the run was cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Not sent: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Stopped by an unexpected error: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Not sent: unexpected error {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>No answer recorded for this row: check Apptoto.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>The send journal could not be written ({reason}): the results shown here are the only record of this send.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/engine.py" />
            <source>Sending {count} rows, {time} left</source>
            <extracomment>English singular: Sending {count} row, {time} left</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Apptoto accepted the batch but its answer could not be matched to this row: check Apptoto.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Saved (Apptoto does not say whether it was new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>{outcome}. Note: {notes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Apptoto refused calendar “{calendar}”; sending the other rows without it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Apptoto rejected a batch of {count}; finding the rows it objects to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Apptoto rejected this row: {reason} ({status}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Unknown: check Apptoto before resending. {reason}; this row has no external_id, so it was not sent again (that could make a duplicate).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Gave up after {count} tries: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Not saved: {reason} (gave up after {count} tries).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/engine.py" />
            <source>Unknown: Apptoto may have saved this row. {reason}. It carries its id/external_id, so sending it again is safe (it updates, never duplicates).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto answered {status}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto refused the e-mail or API key ({status}). Check them in Settings &gt; Integrations &gt; API Keys.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Your sign-in with Apptoto has ended ({why}). Sign in again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Sign-in cancelled; nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>No sign-in came back from the browser within {wait}, so Apptoto Sheets stopped waiting. Nothing was saved: start the sign-in again when you are ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto says too many requests (429); asked to wait {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto says too many requests (429)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>bad gateway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>service unavailable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>gateway time-out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto had a server error {status} ({name})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto had a server error {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto rejected it ({status}): {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <location filename="../../gui/apptoto/net.py" />
            <source>the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto could not be reached: the server name {host} was not found (check the address and this computer's internet connection)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto could not be reached: {host} refused the connection (nothing answers there: is the sandbox still running?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto could not be reached: {host} refused the connection (nothing answers there: check the address; a firewall may block it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto could not be reached: the secure connection to {host} could not be checked (its certificate was refused: a network filter or proxy may be in the way, or this computer's clock is wrong)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto could not be reached: the proxy server in between failed to connect to {host} (check the proxy settings, or ask your IT support)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto could not be reached: {host} did not answer in time (check this computer's internet connection)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto did not answer in time (the request may have been applied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto closed the connection before answering (the request may have been applied)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto could not be reached: the connection to {host} failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>Apptoto's answer could not be understood: {detail}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>no reason given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>an error page without details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>The account does not work on {server}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>{server} could not be used: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/errors.py" />
            <source>The test failed because of an unexpected error: {error}: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>estimate</name>
        <message>
            <location filename="../../gui/apptoto/estimate.py" />
            <source>about {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/estimate.py" />
            <source>about {minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/estimate.py" />
            <source>about {hours} h {minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/estimate.py" />
            <source>about {hours} h</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>eventzones</name>
        <message>
            <location filename="../../gui/apptoto/eventzones.py" />
            <source>Times without a zone read in {zone}, the event's time zone in Apptoto.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/eventzones.py" />
            <source>Times without a zone read in {zone}: Apptoto gave no time zone for this event.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/eventzones.py" />
            <source>Apptoto shows its times at {theirs}, not {ours}: if the event is in another zone, fill Time zone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/eventzones.py" />
            <source>Times without a zone could not be read in the event's time zone {zone} ({problem}), so they were read in {default}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Apptoto ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Apptoto's number for an event that already exists. Filled in after sending; keep it to update the event later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>External ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Your own unique code for the appointment. With it, sending again updates the same event instead of making a new one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <location filename="../../gui/sheets/needed.py" />
            <source>Calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The name of the Apptoto calendar (often the provider). A name Apptoto does not know yet creates a new calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Calendar ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Apptoto's number for the calendar. Use this or Calendar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <location filename="../../gui/sheets/needed.py" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>What the appointment is called (required for a new appointment).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The day of the appointment, when Start and End hold only a time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <location filename="../../gui/sheets/needed.py" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>When it starts: a date and time, or only a time together with the Date column (required for a new appointment).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>When it ends: a date and time, or only a time with the Date column. Or leave it empty and fill Duration.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>End date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The day it ends, when End holds only a time and the appointment ends on another day than Date (exports from calendars have it). Empty: the same day as Date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Duration (minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>How long it lasts: 50, 50 min, 1h 30m, 1:30 or 1.5 hours; used to work out End when End is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The time zone of the appointment, e.g. America/New_York or Eastern Time (US &amp; Canada). Empty: the default zone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>All day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>yes / no (also true/false, 1/0, x): the appointment lasts the whole day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Show as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Free, Tentative, Busy, Out of Office or Working Elsewhere (or 0-4). Empty: Busy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Where it happens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Description or notes of the appointment. Write #auto here to ask Apptoto to send its auto messages.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Appointment status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The appointment's status in the system it came from (booked, confirmed, cancelled...). Read, never sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant {number} name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The person's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant {number} e-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The person's e-mail address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant {number} phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The person's phone (mobile for text messages). +44... keeps its country.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant contact ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant {number} contact ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Apptoto's number for an existing contact (then leave name, e-mail and phone empty).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant contact external ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant {number} contact external ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Your code for a contact you created in Apptoto.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant first name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant {number} first name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The person's first name: joined with the last name into the name sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Participant {number} last name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>The person's last name: joined after the first name into the name sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Custom data attached to the event, usable in Apptoto's conditions and templates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/fields.py" />
            <source>Custom: {key}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>files</name>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>{file} was refused: it is {size} MB, more than the {most} MB of text this app reads.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>{file} was refused: line {line} has a field of more than {most} characters (a spreadsheet cell holds at most 32,767).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>{file} is not a readable CSV file: line {line}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>tabs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>commas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>semicolons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>bars</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>{file} was refused: the row on line {line} has more than {most} fields (separated by {separators}), more columns than a sheet can hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>{file} was refused: {rows} rows by {columns} columns (row {widest} is the widest) make more than the {most} cells this app reads.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>{rows} and {count} more</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/sheets/csv_reader.py" />
            <source>Rows {rows} are not in UTF-8 like the rest of the file and were read as Windows-1252 (Western European): check their accented letters.</source>
            <extracomment>English singular: Row {rows} is not in UTF-8 like the rest of the file and was read as Windows-1252 (Western European): check their accented letters.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../gui/sheets/guard.py" />
            <source>{file} is damaged: its part {part}, the list of its sheets, is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/guard.py" />
            <source>{file} is damaged: its shared strings claim {count} strings in {size} bytes. Open it in Excel and save it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/ods_extent.py" />
            <source>{file} is damaged: its content has a tag longer than 1 MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/ods_extent.py" />
            <source>{sheet} was refused: its sheets reach {count} cells together (a repeated row or column counts each time), more than the {most} this app reads. Delete the rows and columns you do not use, save, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{file} is too large to load into memory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{file} is empty: it holds no data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{file} is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{file} is empty: none of its sheets holds any data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{file} is protected with a password. Remove the password in Excel and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{file} is damaged or not a workbook this app can read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{sheets} (hidden: {hidden})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{file} has no sheet named "{sheet}". Its sheets are: {sheets}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{sheet}, row {row}, column {column}: the cell holds a number no spreadsheet can hold (infinity or NaN), and this app cannot read the sheet around it. Clear that cell in Excel, save, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{sheet}: row {row}, given as the header row, is outside the data (rows {first} to {last}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{sheet}: row {row}, given as the header row, is blank.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/reader.py" />
            <source>{sheet} has no recognisable header row: none of its first {count} rows names known columns such as Title, Start, End or Client Name. Add a header row or choose the columns with a mapping file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file}, sheet "{sheet}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} was not found ({path}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is a folder, not a workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} cannot be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} cannot be opened: permission denied (it may be open in another program, or you may not have access).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a named pipe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a socket</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a device</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>not an ordinary file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is {what}, not a file with a schedule in it: save the schedule as a file and open that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is empty (0 bytes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a PDF document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a web page (HTML) with a spreadsheet name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>an XML file (perhaps the old Excel 2003 XML format)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a damaged zip file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a text file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>not a file type this app can read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is not a workbook: it is {what}. Open it in Excel and save it as .xlsx, or save it as .csv.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is not a workbook or CSV file: it is {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a Word document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a PowerPoint presentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>an OpenDocument file that is not a spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>a zip file that holds no spreadsheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is not a workbook: it is {what}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is damaged: it is an incomplete or corrupt zip file (perhaps the download or copy was cut short).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is damaged and cannot be read ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} was refused: its part {part} would expand {ratio} times to {size} MB (a zip bomb?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} was refused: it would expand to {size} GB, more than the {most} GB this app reads.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>{file} is protected with a password. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/sniff.py" />
            <source>another kind of Office file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>{file} is damaged: {reason} Open it in Excel and save it again, or save it as .xlsx.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>it is too short to be a workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>its header is not a spreadsheet's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>its header gives absurd table sizes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>it points past its own end.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>its table of sectors loops.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>its table of sectors is longer than the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>a chain of its sectors loops.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>a chain of its sectors points past its table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>its directory is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>its directory gives an absurd size.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>it holds no Workbook stream.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>a chain of its small sectors points past its table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>{sheet} is damaged: it claims {count} cells, more than the {most} this app reads. Open it in Excel and save it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xls_extent.py" />
            <source>(An .xls holds all its sheets at once: they count together.) Delete the rows and columns you do not use, save, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_extent.py" />
            <source>In Excel, press Ctrl+End to find that cell, delete the rows and columns you do not use, save, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_extent.py" />
            <source>{file} was refused: its cells reach as far as {last} ({rows} rows by {columns} columns), more than the {most} cells this app reads. {advice}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_extent.py" />
            <source>{file} is damaged: its part {part} has a tag longer than {most} MB.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_parts.py" />
            <source>{file} cannot be read: its part {part} is written in UTF-16, which Excel never does. Open it in Excel, save it, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_parts.py" />
            <source>{sheet} is damaged: it points to {part}, outside the workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/xlsx_parts.py" />
            <source>{sheet} is damaged: its cells should be in the part {part}, which is missing from the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} was refused: its part {part} unpacks to more than {most} MB, far more than a workbook needs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} is damaged: its part {part} is encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} cannot be read: its part {part} is packed in a way this app does not know (zip method {method}). Save it again in Excel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} is damaged: its part {part} is not where the file's table of contents says (perhaps the download or copy went wrong).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} is damaged: its part {part} cannot be unpacked ({reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} is damaged: its part {part} holds {size} bytes, not the {expected} the file's table of contents says.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} is damaged: its part {part} is incomplete (perhaps the download or copy was cut short).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} was refused: its part {part} unpacks to more than the {most} GB this app reads.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/zipparts.py" />
            <source>{file} was refused: its part {part} unpacks to more than {ratio} times its packed size (a zip bomb?).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>guess</name>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>phone numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>e-mail addresses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>times of day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>dates with times</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>durations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>"{column}" holds {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>"{column}" holds {what} (the earlier ones)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>"{column}" holds {what} (the later ones)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>{columns} and "{column}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/guess.py" />
            <source>{columns} all hold {what}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>history</name>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>auth_failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>did not finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>undone {when}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/history.py" />
            <source>partly undone ({count} rows left)</source>
            <extracomment>English singular: partly undone ({count} row left)</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>nothing sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>undo of run {run} {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>No send to {user} on {server} is in the history on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>No send is in the history on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>“{run}” is too short to name a send: give at least 4 characters of its run id (`apptoto-sheets history` lists them), or “last”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>No send in the history has the run id “{run}” (`apptoto-sheets history` lists them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/history.py" />
            <source>“{run}” starts the run ids of {count} sends: give more of it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>identity</name>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same participant and calendar on the same day, at {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same start ({when}) and participant, but Apptoto answered only its calendar's number, so the calendar could not be compared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same start ({when}) and title, but Apptoto answered only its calendar's number, so the calendar could not be compared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same calendar, start ({when}) and participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same calendar, start ({when}) and title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same calendar and start ({when}) and a participant of the same name with other contact details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same calendar, start ({when}) and title, but only one of them has participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/identity.py" />
            <source>the same calendar and start ({when}), another title ({title})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>listing</name>
        <message>
            <location filename="../../gui/apptoto/listing.py" />
            <source>{first} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/listing.py" />
            <source>cancelled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>load</name>
        <message>
            <location filename="../../gui/sheets/load.py" />
            <source>Mapping: {mapping}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/load.py" />
            <source>{mapping}, remembered for files with these columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/load.py" />
            <source>The columns could not be remembered for the next file: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/load.py" />
            <source>{note}; none of them is used until the mapping says which.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/load.py" />
            <source>{note}: used as {label}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/load.py" />
            <source>{note}: it looks like {label} (choose its field in Columns…).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>mapping</name>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>The mapping names a column "{column}" that is not in the sheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source}: "{column}" is mapped to "{name}", which is not a known column name (for example title, start_time, participant_phone, custom_data.room).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>The mapping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" is ignored, as the mapping says.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>Column {number} has no header; it is ignored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" is a results column; it is kept but not sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" is not a known column; it is ignored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source> or </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" could mean {names}; it is ignored until the mapping says which.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} maps both {columns} to {name}; map only one of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{columns} all mean {name}; none of them is used until the mapping says which.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" is not sent: reminders go to the mobile number in "{used}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" is not sent: the participant's phone comes from "{used}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" also means {name}, but "{used}" is used for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>"{column}" is not used: the name comes from "{used}".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>Mapping file "{file}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} was not found ({path}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} cannot be read: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} is not a text file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} is not valid JSON (line {line}, column {column}: {reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} must hold an object with "columns": {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} has unknown entries: {entries} (allowed: {allowed}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source}: "sheet" must be a sheet name in quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source}: "header_row" must be a row number (1 or more).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source}: "date_order" must be one of {orders}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source}: "name" and "saved" must be text in quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/mapping.py" />
            <source>{source} cannot be written: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>memory</name>
        <message>
            <location filename="../../gui/sheets/memory.py" />
            <source>{system} export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/memory.py" />
            <source>Columns of {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/memory.py" />
            <source>Saved columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/memory.py" />
            <source>{name} (saved {day})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>month</name>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Jan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Feb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Mar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Apr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Jun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Jul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Aug</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Sep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Oct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Nov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Dec</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>month name</name>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>January</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>February</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>March</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>April</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>June</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>July</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>August</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>September</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>October</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>November</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>December</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>needed</name>
        <message>
            <location filename="../../gui/sheets/needed.py" />
            <source>a phone or e-mail for the participant</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>net</name>
        <message>
            <location filename="../../gui/apptoto/net.py" />
            <source>Not a web address Apptoto Sheets can use: {url} (use https://...)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/net.py" />
            <source>Refusing plain http:// to {host}: the API key or sign-in would travel unencrypted. Use https://.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>origins</name>
        <message numerus="yes">
            <location filename="../../gui/core/origins.py" />
            <source>{count} Apptoto ids cleared (they name events there, not in this account)</source>
            <extracomment>English singular: {count} Apptoto id cleared (they name events there, not in this account)</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/origins.py" />
            <source>{count} send results cleared</source>
            <extracomment>English singular: {count} send result cleared</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../gui/core/origins.py" />
            <source>the Compare results cleared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/origins.py" />
            <source>Now sending to {server}. What came from {where} is not used here: {cleared}. External IDs are kept: they name the appointments, so sending updates the same appointments there or creates them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>presend</name>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>may already be in Apptoto as {event}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>event #{id} “{title}” on {when}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>“{title}” on {when} with {people}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>“{title}” on {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>Not sent: the same appointment as row {row} (same calendar, start, participant, title, end and location); it is sent once, from row {row}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>Already in Apptoto as event #{id}, so it was updated, not created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>Not sent: it {reason}. Check Apptoto; to create it anyway, send it again and choose to create it (command line: --create-anyway).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/presend.py" />
            <source>Not sent: Apptoto could not be checked for this appointment first ({reason}); sending it unchecked could make a duplicate. Send it again later.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>problems</name>
        <message numerus="yes">
            <location filename="../../gui/core/problems.py" />
            <source>… and {count} more problems</source>
            <extracomment>English singular: … and {count} more problem</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../gui/core/problems.py" />
            <source>row {row}, column {column}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/problems.py" />
            <source>row {row}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/problems.py" />
            <source>row {row}, column {letter} "{column}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/problems.py" />
            <source>row {row}, column "{column}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/problems.py" />
            <source>sheet "{sheet}"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/problems.py" />
            <source>error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/problems.py" />
            <source>warning</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ratelimit</name>
        <message>
            <location filename="../../gui/apptoto/ratelimit.py" />
            <source>{reason}; trying again in {seconds} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/ratelimit.py" />
            <source>{reason}; trying again</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>replacing</name>
        <message>
            <location filename="../../gui/core/replacing.py" />
            <source>this update replaces all participants of the event (people not listed in the row are removed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/replacing.py" />
            <source>this update replaces all custom data of the event (keys not in the row are removed)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/replacing.py" />
            <source>{count} rows have only an External ID and participants or custom data: if Apptoto already has those events, sending replaces all their participants and custom data.</source>
            <extracomment>English singular: {count} row has only an External ID and participants or custom data: if Apptoto already has that event, sending replaces all their participants and custom data.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>resolve</name>
        <message numerus="yes">
            <location filename="../../gui/apptoto/resolve.py" />
            <source>{done} of about {count} pages</source>
            <extracomment>English singular: {done} of about {count} page</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/resolve.py" />
            <source>{done} of {count} rows</source>
            <extracomment>English singular: {done} of {count} row</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>{time} left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>Checking Apptoto: {progress}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>its dates could not be listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>could not check Apptoto: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>{count} appointments in Apptoto have {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>not found in Apptoto between {span}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>{why}, but Apptoto knows it by another external ID ({external_id})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>already in Apptoto as event #{id}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>cancelled before Apptoto was asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>could not ask Apptoto: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>id {id} does not exist in Apptoto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/resolve.py" />
            <source>Apptoto has no event with external ID {external_id}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>restore</name>
        <message>
            <location filename="../../gui/apptoto/restore.py" />
            <source>{field} the row did not send</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/restore.py" />
            <source>participants already messaged ({who})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>results</name>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" must end in .xlsx.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" would overwrite the file it was read from; choose another name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" cannot be written: the folder {folder} does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" cannot be written: it is a folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" cannot be written: permission denied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" cannot be written in {folder}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" cannot be written: permission denied (is it open in Excel?).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/sheets/results.py" />
            <source>Results workbook "{file}" cannot be written: {reason}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rowbuild</name>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>“{status}” cancels the appointment, but the row names none to cancel in Apptoto: fill its Apptoto ID or External ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>needs a calendar: fill Calendar (or Calendar ID), or set a default calendar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>{time} was read in {zone}; the event may be in another zone (fill Time zone to be sure)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>The time was read in {zone}; the event may be in another zone (fill Time zone to be sure)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <location filename="../../gui/sheets/needed.py" />
            <source>End (or Duration)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>{label} is empty: a new appointment needs it (no column is used as {label}: choose one in Columns… or a mapping file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>{label} is empty: a new appointment needs it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>{label} is empty: needed if Apptoto does not know this External ID yet (then it is a new appointment) (no column is used as {label}: choose one in Columns… or a mapping file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>{label} is empty: needed if Apptoto does not know this External ID yet (then it is a new appointment)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>Participant {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>{participant} has a contact ID and also name/e-mail/phone: Apptoto says to give only the contact ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/rowbuild.py" />
            <source>{participant} has no e-mail, phone or contact: Apptoto cannot send them reminders</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>rows</name>
        <message>
            <location filename="../../gui/apptoto/rows.py" />
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/rows.py" />
            <source>Updated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/rows.py" />
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/rows.py" />
            <source>{outcome}. Earlier in this session: {earlier}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/rows.py" />
            <source>The last send of this file (started {when}) did not finish: {count} rows had been sent, {answered} confirmed by Apptoto. This send checks every row against Apptoto first, so none is created twice.</source>
            <extracomment>English singular: The last send of this file (started {when}) did not finish: {count} row had been sent, {answered} confirmed by Apptoto. This send checks every row against Apptoto first, so none is created twice.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>schedule</name>
        <message>
            <location filename="../../gui/core/schedule.py" />
            <source>{label} {value} is also used on row {rows}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>send</name>
        <message>
            <location filename="../../gui/apptoto/send.py" />
            <source>Could not take this account's send lock ({reason}); sending without it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/send.py" />
            <source>The send journal cannot be written ({reason}); sending without it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/send.py" />
            <source>Cancelled while waiting for another send to this account.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>server</name>
        <message>
            <location filename="../../gui/core/server.py" />
            <source>the sandbox ({host})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/server.py" />
            <source>the server at {host}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/server.py" />
            <source>{server}, account {user}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>session</name>
        <message numerus="yes">
            <location filename="../../gui/sheets/session.py" />
            <source>{count} cells</source>
            <extracomment>English singular: {count} cell</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sheets/session.py" />
            <source>{count} added rows</source>
            <extracomment>English singular: {count} added row</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/sheets/session.py" />
            <source>{count} send results</source>
            <extracomment>English singular: {count} send result</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>snapshot</name>
        <message>
            <location filename="../../gui/core/snapshot.py" />
            <source>invalid</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>summary</name>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <location filename="../../gui/core/summary.py" />
            <source>{count} new</source>
            <extracomment>English singular: {count} new</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <location filename="../../gui/core/summary.py" />
            <source>{count} updates</source>
            <extracomment>English singular: {count} update</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>{count} events will be sent: {new}, {updates}, {maybe} if found in Apptoto, else new.</source>
            <extracomment>English singular: {count} event will be sent: {new}, {updates}, {maybe} if found in Apptoto, else new.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>{count} events will be sent: {new}, {updates}.</source>
            <extracomment>English singular: {count} event will be sent: {new}, {updates}.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>{count} appointments will be cancelled in Apptoto: their reminders stop.</source>
            <extracomment>English singular: {count} appointment will be cancelled in Apptoto: its reminders stop.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>{count} selected rows have errors and will not be sent.</source>
            <extracomment>English singular: {count} selected row has errors and will not be sent.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>{count} updates replace all participants of the event (people not listed in the row are removed).</source>
            <extracomment>English singular: {count} update replaces all participants of the event (people not listed in the row are removed).</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>{count} updates replace all custom data of the event.</source>
            <extracomment>English singular: {count} update replaces all custom data of the event.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>{count} participants on new events may receive Apptoto's auto messages.</source>
            <extracomment>English singular: {count} participant on new events may receive Apptoto's auto messages.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>If Apptoto does not have it, those rows will fail and nothing is created: check the spelling, or allow creating it.</source>
            <extracomment>English singular: If Apptoto does not have it, that row will fail and nothing is created: check the spelling, or allow creating it.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>If Apptoto does not have them, those rows will fail and nothing is created: check the spelling, or allow creating them.</source>
            <extracomment>English singular: If Apptoto does not have them, that row will fail and nothing is created: check the spelling, or allow creating them.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>Calendars not seen before in this account: {names}. {fail}</source>
            <extracomment>English singular: Calendar not seen before in this account: {names}. {fail}</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>Calendars not seen before in this account, which Apptoto will create if it does not have them: {names}.</source>
            <extracomment>English singular: Calendar not seen before in this account, which Apptoto will create if it does not have it: {names}.</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/summary.py" />
            <source>“{name}” ({count} rows)</source>
            <extracomment>English singular: “{name}” ({count} row)</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../gui/core/summary.py" />
            <source>{file}, sheet "{sheet}", row {row}: {status}: {event} will be deleted in Apptoto (its reminders stop)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/summary.py" />
            <source>event #{id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/summary.py" />
            <source>the event with External ID {external_id}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>times</name>
        <message>
            <location filename="../../gui/core/times.py" />
            <source>{label} {when} does not exist in {zone}: the clocks go forward that night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/times.py" />
            <source>{label} {when} happens twice in {zone} (the clocks go back that night); the first one is used</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/times.py" />
            <source>“{zone}” is not a time zone I know (e.g. America/New_York, Eastern Time (US &amp; Canada))</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/times.py" />
            <source>ends before it starts ({end} is before {start})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/times.py" />
            <source>ends ({end}) before it starts ({start})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/times.py" />
            <source>{label} has only a time ({time}); fill the Date column or write a full date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>updates</name>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>the server sent something else (a web page, perhaps a network sign-in page)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>this system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>You have the latest version of Apptoto Sheets ({version}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>Apptoto Sheets {latest} is available, released {day}. You have version {version}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>Apptoto Sheets {latest} is available. You have version {version}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>What is new:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>Version {version} is no longer supported: please update.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>Download opens the download page in your web browser.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>The update information gives no download for {system}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>the update server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>The update information from {server} could not be read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: it is in format {format}, and this version reads format {ours}. Download the latest version from the Apptoto Sheets web site.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: it gives no download addresses.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: the download address for {system} is not text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: the download address for {system}, {url}, is not secure (it must start with https://).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: its notes are not a list of lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: its release date {date} is not a date such as 2026-12-14.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: it does not say which version is the latest.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{problem}: {key} {value} is not a version number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>The update address {url} is not a secure web address: it must start with https://.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>the update server ({host})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>There is no update information at {url} (the server answered 404, not found). The update address may be wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{server} answered with an error ({status} {reason}). Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>The update information from {server} is far too big to be real (over 64 kB): it was not read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>{server} did not answer in time. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>The security certificate of {server} could not be verified, so its answer was not trusted. Try again later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>Could not reach {server}. Check that this computer is connected to the internet, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/apptoto/updates.py" />
            <source>Could not get the update information from {server}: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>vocab</name>
        <message numerus="yes">
            <location filename="../../gui/apptoto/confirm.py" />
            <location filename="../../gui/core/vocab.py" />
            <source>{count} cancellations</source>
            <extracomment>English singular: {count} cancellation</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../gui/apptoto/confirm.py" />
            <location filename="../../gui/core/vocab.py" />
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>Update</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>Update if found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>Cancel in Apptoto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>A new appointment: sending creates it in Apptoto.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>Changes the appointment Apptoto has with this id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>Has only an External ID: sending updates the appointment Apptoto has with it, or creates it when Apptoto has none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/vocab.py" />
            <source>Its status says it was cancelled: sending deletes the appointment in Apptoto, so its reminders stop.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} new</source>
            <extracomment>English singular: {count} new</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} updates</source>
            <extracomment>English singular: {count} update</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} unchanged</source>
            <extracomment>English singular: {count} unchanged</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} conflicts</source>
            <extracomment>English singular: {count} conflict</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} not compared</source>
            <extracomment>English singular: {count} not compared</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} created</source>
            <extracomment>English singular: {count} created</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} updated</source>
            <extracomment>English singular: {count} updated</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} deleted</source>
            <extracomment>English singular: {count} deleted</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} failed</source>
            <extracomment>English singular: {count} failed</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} unknown (check Apptoto before resending)</source>
            <extracomment>English singular: {count} unknown (check Apptoto before resending)</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/core/vocab.py" />
            <source>{count} not sent</source>
            <extracomment>English singular: {count} not sent</extracomment>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>weekday</name>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Tue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Wed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Thu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Fri</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Sat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>Sun</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>words</name>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>{items} and {last}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>{weekday} {day} {month} {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../gui/core/words.py" />
            <source>{day} {month} {year}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
