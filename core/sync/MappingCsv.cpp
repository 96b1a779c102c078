#include "sync/MappingCsv.h"

#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace puente {

namespace {

QChar separatorOf(const QString &text)
{
    const QString firstLine = text.section(u'\n', 0, 0);
    return firstLine.contains(u';') && !firstLine.contains(u',') ? u';' : u',';
}

bool isPositiveId(const QString &text)
{
    bool ok = false;
    return text.toLongLong(&ok) > 0 && ok;
}

bool isHeader(const MappingCsv::Record &record, const QString &firstColumn)
{
    return !record.fields.isEmpty() && record.fields.first().trimmed().compare(firstColumn, Qt::CaseInsensitive) == 0;
}

bool isSkipped(const MappingCsv::Record &record)
{
    if (record.fields.size() == 1 && record.fields.first().trimmed().isEmpty())
        return true;
    return !record.fields.isEmpty() && record.fields.first().trimmed().startsWith(u'#');
}

template<typename T>
MappingCsv::Parsed<T> readFile(const QString &path, MappingCsv::Parsed<T> (*parse)(const QString &))
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MappingCsv::Parsed<T> failed;
        failed.errors.append(CsvRowError {0, u"cannot read '%1': %2"_s.arg(path, file.errorString())});
        return failed;
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(file.readAll());
    if (decoder.hasError()) {
        MappingCsv::Parsed<T> failed;
        failed.errors.append(CsvRowError {0, u"'%1' is not UTF-8 text"_s.arg(path)});
        return failed;
    }
    return parse(text);
}

} // namespace

QString CsvRowError::toString() const
{
    return u"line %1: %2"_s.arg(line).arg(message);
}

template<typename T>
QString MappingCsv::Parsed<T>::errorText() const
{
    QStringList lines;
    for (const CsvRowError &error : errors)
        lines.append(error.toString());
    return lines.join(u'\n');
}

template struct MappingCsv::Parsed<Mapping>;
template struct MappingCsv::Parsed<Exclusion>;

QList<MappingCsv::Record> MappingCsv::records(const QString &input, QList<CsvRowError> &errors)
{
    QString text = input;
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QChar separator = separatorOf(text);
    QList<Record> out;
    Record record {1, {}};
    QString field;
    bool quoted = false;
    int line = 1;
    int quoteLine = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            quoted = true;
            quoteLine = line;
            field.clear();
        } else if (c == separator) {
            record.fields.append(field);
            field.clear();
        } else if (c == u'\n') {
            record.fields.append(field);
            out.append(record);
            field.clear();
            ++line;
            record = Record {line, {}};
        } else if (c != u'\r') {
            field += c;
        }
    }
    if (quoted) {
        errors.append(CsvRowError {quoteLine, u"a quoted field is never closed"_s});
        return out;
    }
    if (!field.isEmpty() || !record.fields.isEmpty()) {
        record.fields.append(field);
        out.append(record);
    }
    return out;
}

MappingCsv::Parsed<Mapping> MappingCsv::parseMappings(const QString &text)
{
    Parsed<Mapping> parsed;
    const QList<Record> all = records(text, parsed.errors);
    QHash<QString, int> seen; // "kind/bsale" → line
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Record &record = all.at(i);
        if (isSkipped(record) || (i == 0 && isHeader(record, u"kind"_s)))
            continue;
        const auto error = [&parsed, &record](const QString &message) {
            parsed.errors.append(CsvRowError {record.line, message});
        };
        if (record.fields.size() != 3) {
            error(u"expected 3 columns (kind, bsale, jumpseller), found %1"_s.arg(record.fields.size()));
            continue;
        }
        const QString kindText = record.fields.at(0).trimmed();
        const QString erp = record.fields.at(1).trimmed();
        const QString store = record.fields.at(2).trimmed();
        const auto kind = mappingKindFromName(kindText);
        if (!kind) {
            error(u"unknown kind '%1' (expected category, brand, attribute or option)"_s.arg(kindText));
            continue;
        }
        if (!isPositiveId(erp)) {
            error(u"the bsale column must be a Bsale id (a whole number), not '%1'"_s.arg(erp));
            continue;
        }
        if (store.isEmpty()) {
            error(u"the jumpseller column is empty"_s);
            continue;
        }
        if (*kind == MappingKind::Category && !isPositiveId(store)) {
            error(u"a category maps to a Jumpseller category id (a whole number), not '%1'"_s.arg(store));
            continue;
        }
        const QString key = mappingKindName(*kind) + u'/' + erp;
        if (const int earlier = seen.value(key); earlier > 0) {
            error(u"%1 %2 is already mapped on line %3"_s.arg(mappingKindName(*kind), erp).arg(earlier));
            continue;
        }
        seen.insert(key, record.line);
        parsed.rows.append(Mapping {*kind, erp, store, {}});
    }
    if (!parsed.ok())
        parsed.rows.clear();
    return parsed;
}

MappingCsv::Parsed<Exclusion> MappingCsv::parseExclusions(const QString &text)
{
    Parsed<Exclusion> parsed;
    const QList<Record> all = records(text, parsed.errors);
    QHash<QString, int> seen; // "side/kind/target" → line
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Record &record = all.at(i);
        if (isSkipped(record) || (i == 0 && isHeader(record, u"side"_s)))
            continue;
        const auto error = [&parsed, &record](const QString &message) {
            parsed.errors.append(CsvRowError {record.line, message});
        };
        if (record.fields.size() < 3 || record.fields.size() > 4) {
            error(u"expected 3 or 4 columns (side, kind, target, reason), found %1"_s.arg(record.fields.size()));
            continue;
        }
        const auto side = exclusionSideFromName(record.fields.at(0).trimmed());
        const auto kind = exclusionKindFromName(record.fields.at(1).trimmed());
        const QString target = record.fields.at(2).trimmed();
        if (!side) {
            error(u"unknown side '%1' (expected erp or store)"_s.arg(record.fields.at(0).trimmed()));
            continue;
        }
        if (!kind) {
            error(u"unknown kind '%1' (expected product, variant, category or brand)"_s.arg(
                record.fields.at(1).trimmed()));
            continue;
        }
        const bool textTarget = *side == ExclusionSide::Store && *kind == ExclusionKind::Brand;
        if (target.isEmpty() || (!textTarget && !isPositiveId(target))) {
            error(u"the target must be %1, not '%2'"_s.arg(textTarget ? u"a brand name"_s : u"an id (a whole number)"_s,
                                                           target));
            continue;
        }
        const QString key = exclusionSideName(*side) + u'/' + exclusionKindName(*kind) + u'/' + target.toCaseFolded();
        if (const int earlier = seen.value(key); earlier > 0) {
            error(u"the same exclusion is already on line %1"_s.arg(earlier));
            continue;
        }
        seen.insert(key, record.line);
        const QString reason = record.fields.size() == 4 ? record.fields.at(3).trimmed() : QString();
        parsed.rows.append(Exclusion {*side, *kind, target, reason, {}});
    }
    if (!parsed.ok())
        parsed.rows.clear();
    return parsed;
}

MappingCsv::Parsed<Mapping> MappingCsv::readMappings(const QString &path)
{
    return readFile<Mapping>(path, &MappingCsv::parseMappings);
}

MappingCsv::Parsed<Exclusion> MappingCsv::readExclusions(const QString &path)
{
    return readFile<Exclusion>(path, &MappingCsv::parseExclusions);
}

} // namespace puente
