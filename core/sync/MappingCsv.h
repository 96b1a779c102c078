#pragma once

#include "domain/Exclusion.h"
#include "domain/Mapping.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace puente {

/** A bad row of a CSV file: the line it starts on (1-based) and what is wrong. */
struct CsvRowError
{
    int line = 0;
    QString message;
    /** "line 7: <message>" */
    QString toString() const;
};

/**
 * Reads mapping and exclusion files (puente-sync's [files] mappings / exclusions) and checks
 * every row before anything is applied: the result is either all rows or the list of bad rows by
 * line number, never a part.
 *
 * Format: RFC 4180 CSV, UTF-8 (a BOM is skipped), separator ',' or ';' (taken from the first
 * line), fields may be quoted ("a, b" and "say ""hi"""), quoted fields may span lines, blank
 * lines and lines starting with '#' are skipped. An optional header row names the columns:
 *  - mappings:   kind,bsale,jumpseller          e.g.  category,12,345 · brand,7,"Acme" ·
 *                                                     option,3,Talla · attribute,4,Material
 *  - exclusions: side,kind,target[,reason]      e.g.  erp,product,1500,"discontinued" ·
 *                                                     store,brand,Acme,
 * The bsale column is a Bsale id; jumpseller is a category id for categories, else text. A
 * (kind, bsale) or (side, kind, target) that repeats is an error naming the earlier line.
 *
 * Stateless; thread-safe.
 */
class MappingCsv final
{
public:
    MappingCsv() = delete;

    template<typename T>
    struct Parsed
    {
        QList<T> rows;
        QList<CsvRowError> errors;
        bool ok() const { return errors.isEmpty(); }
        /** Every error on its own line, for stderr. */
        QString errorText() const;
    };

    static Parsed<Mapping> parseMappings(const QString &text);
    static Parsed<Exclusion> parseExclusions(const QString &text);
    /** Reads the file (UTF-8) first; a file that cannot be read is one error on line 0. */
    static Parsed<Mapping> readMappings(const QString &path);
    static Parsed<Exclusion> readExclusions(const QString &path);

    /** One CSV record: its fields and the line it starts on. */
    struct Record
    {
        int line = 0;
        QStringList fields;
    };
    /** Splits `text` into records (quotes, doubled quotes, multi-line fields); an unterminated
     *  quote is an error on the line where it opened. */
    static QList<Record> records(const QString &text, QList<CsvRowError> &errors);
};

} // namespace puente
