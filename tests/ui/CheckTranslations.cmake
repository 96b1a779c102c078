# cmake -DCONFIG=<file> -P CheckTranslations.cmake
# Fails when a translations/*.ts file differs from what lupdate writes for the current sources.
include(${CONFIG})

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    file(COPY "${ts}" DESTINATION "${WORK_DIR}")
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

execute_process(
    COMMAND "${LUPDATE}" ${OPTIONS} ${SOURCES} -ts ${copies}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()

set(stale)
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E compare_files "${ts}" "${WORK_DIR}/${name}"
        RESULT_VARIABLE differs)
    if(differs)
        list(APPEND stale "${name}")
    endif()
endforeach()
if(stale)
    message(FATAL_ERROR "Stale translations: ${stale}. Run `cmake --build <build> --target update_translations`, "
        "translate the new strings (Spanish at least) and commit the .ts files. "
        "What lupdate would write is in ${WORK_DIR}.")
endif()
message(STATUS "Translations are current: ${TS_FILES}")
