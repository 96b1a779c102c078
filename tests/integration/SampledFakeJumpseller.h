#pragma once

#include "FakeJumpseller.h"

#include <QtCore/QHash>
#include <QtCore/QString>

/**
 * FakeJumpseller that, when PUENTE_SCHEMA_SAMPLES names a directory, writes every request body
 * it receives and every answer it gives there as <Schema>.<kind>.<tag>-<n>.json, named after the
 * official spec's component schemas (ProductCreate, ProductEdit, VariantEdit, Product, Order,
 * NotFound, ...). tests/contract/validate_jumpseller_schema.py then checks them, which puts the
 * bodies JumpsellerClient sends and the answers it parses under the spec (test
 * FakeJumpsellerSchema). Without the variable it is a plain FakeJumpseller.
 *
 * Faults injected by HttpFake (5xx, resets, malformed bodies) are not Jumpseller's answers and
 * are not sampled.
 *
 * Ownership and thread affinity: as FakeJumpseller.
 */
class SampledFakeJumpseller : public puente::fakes::FakeJumpseller
{
public:
    explicit SampledFakeJumpseller(const QString &tag, QObject *parent = nullptr);

    /** "ProductCreate.one" for POST /v1/products.json, ... ; empty = not sampled. */
    static QString requestSchema(const QByteArray &method, const QString &path);
    /** "Product.list" for a 200 to GET /v1/products.json, "NotFound.one" for a 404, ... */
    static QString responseSchema(const QByteArray &method, const QString &path, int status, const QByteArray &body);
    static bool samplingEnabled();
    /** Pauses sampling for answers the spec cannot describe: with Spanish status names on,
     *  orders carry "Pagado" where OrderFields.status lists only the English names, although
     *  the spec also says they are translated (DOCS-AMBIGUITY). */
    void setSampling(bool on) { m_sampling = on; }
    /** Samples written by this process so far, per schema label. */
    static const QHash<QString, int> &counters() { return s_counters; }

protected:
    void decorate(const puente::fakes::HttpFakeRequest &request, puente::fakes::HttpFakeResponse &response) override;

private:
    void write(const QString &schema, const QByteArray &bytes) const;

    QString m_tag;
    bool m_sampling = true;
    static QHash<QString, int> s_counters;
};
