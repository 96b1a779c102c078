# Runs at install time, after Qt's deploy script, on Windows and macOS: fails the install (and so
# the installer build) when the bundle lacks something Puente cannot work without but that no
# linker error would reveal. A missing qsqlite means no journal, a missing TLS backend means no
# HTTPS to Bsale or Jumpseller, a missing QtKeychain means no way to keep the tokens.
#
# Expects PUENTE_VERIFY_REQUIRED: a list of "description|regex" items (split at the first "|"),
# each regex matched against the paths of the installed files relative to the install root.
set(root "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
file(GLOB_RECURSE installed LIST_DIRECTORIES false RELATIVE "${root}" "${root}/*")

set(missing)
foreach(requirement IN LISTS PUENTE_VERIFY_REQUIRED)
    string(FIND "${requirement}" "|" bar)
    string(SUBSTRING "${requirement}" 0 ${bar} description)
    math(EXPR regex_start "${bar} + 1")
    string(SUBSTRING "${requirement}" ${regex_start} -1 regex)
    set(hits ${installed})
    list(FILTER hits INCLUDE REGEX "${regex}")
    if(hits)
        list(GET hits 0 first)
        message(STATUS "Bundle has ${description}: ${first}")
    else()
        list(APPEND missing "${description} (${regex})")
    endif()
endforeach()

if(missing)
    list(JOIN missing "\n  " missing_text)
    message(FATAL_ERROR "The installed bundle in ${root} is missing:\n  ${missing_text}\n"
        "See packaging/README.md (deployment) for what provides each of them.")
endif()
