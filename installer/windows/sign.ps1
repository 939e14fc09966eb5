# Sign Windows programs with signtool and a code-signing certificate file, timestamped, then verify them.
# The certificate comes from the environment: CERT_PFX (the .pfx, base64) and CERT_PASSWORD.
# Used by .github/workflows/release.yml:  pwsh -File installer/windows/sign.ps1 dist\apptoto-sheets\*.exe
param([Parameter(Mandatory = $true, ValueFromRemainingArguments = $true)][string[]] $Patterns)
$ErrorActionPreference = "Stop"

$files = $Patterns | ForEach-Object { Get-ChildItem $_ } | ForEach-Object { $_.FullName }
if (-not $files) { throw "nothing to sign in $Patterns" }
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object FullName -Descending | Select-Object -First 1
if (-not $signtool) { throw "signtool.exe not found (Windows SDK)" }
$pfx = Join-Path $env:RUNNER_TEMP "signing-$PID.pfx"
[IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:CERT_PFX))
try {
    & $signtool.FullName sign /f $pfx /p $env:CERT_PASSWORD /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 @files
    if ($LASTEXITCODE) { throw "signtool sign failed ($LASTEXITCODE)" }
    & $signtool.FullName verify /pa @files
    if ($LASTEXITCODE) { throw "signtool verify failed ($LASTEXITCODE)" }
} finally {
    Remove-Item $pfx -ErrorAction SilentlyContinue
}
