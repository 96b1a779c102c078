#include "demo/ConnectionProfile.h"

using namespace Qt::Literals::StringLiterals;

namespace puente {

QString ConnectionProfile::serviceName() const
{
    return service == Service::Bsale ? u"Bsale"_s : u"Jumpseller"_s;
}

} // namespace puente
