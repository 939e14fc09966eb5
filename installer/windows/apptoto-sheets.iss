; Inno Setup 6 script for Apptoto Sheets: a per-user installer (no administrator rights needed).
;
; Built by `uv run python installer/build.py` on Windows when Inno Setup 6 is installed, which passes
;   /DAppVersion=<version from pyproject.toml> /DSourceDir=<dist\apptoto-sheets> /DOutputDir=<dist>
;   /DIconFile=<build\icons\apptoto-sheets.ico>
; By hand, from the project folder, after build.py has made dist\apptoto-sheets:
;   iscc /DAppVersion=0.1.0 installer\windows\apptoto-sheets.iss
; Output: dist\apptoto-sheets-<version>-setup.exe

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=1.2.3 apptoto-sheets.iss (build.py does)
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\apptoto-sheets"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\apptoto-sheets.ico"
#endif

#define AppName "Apptoto Sheets"
#define AppExe "apptoto-sheets.exe"

[Setup]
; Keep AppId for ever: it is how upgrades and the uninstaller find an installed copy.
AppId={{6F1D0B7E-3C55-4E0B-9A7D-5B1E2A9C4D21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Apptoto Sheets
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} installer
; Per user, no UAC prompt: with PrivilegesRequired=lowest, {autopf} is {userpf}, i.e.
; %LOCALAPPDATA%\Programs\Apptoto Sheets (like other per-user apps), and {autoprograms} is the user's Start menu.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=apptoto-sheets-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app must not be running while files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no stale libraries from an older version.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Review Excel schedules and send them to Apptoto"
Name: "{autoprograms}\{#AppName} (sandbox practice)"; Filename: "{app}\{#AppExe}"; Parameters: "--sandbox"; Comment: "Try the app against the built-in Apptoto simulator"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "--sandbox"; Description: "Start {#AppName} with the practice sandbox"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"
