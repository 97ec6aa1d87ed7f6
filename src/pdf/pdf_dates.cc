#include "pdf/pdf_dates.h"

#include <cstdio>

namespace plansite {

std::string pdf_date(const Plan& plan) {
  char buffer[32];
  if (!plan.date) {
    std::snprintf(buffer, sizeof buffer, "D:%04d", plan.period.from);
  } else if (plan.date->day) {
    std::snprintf(buffer, sizeof buffer, "D:%04d%02d%02d", plan.date->year, plan.date->month, plan.date->day);
  } else if (plan.date->month) {
    std::snprintf(buffer, sizeof buffer, "D:%04d%02d", plan.date->year, plan.date->month);
  } else {
    std::snprintf(buffer, sizeof buffer, "D:%04d", plan.date->year);
  }
  return buffer;
}

int set_pdf_dates(std::string& pdf, const std::string& date) {
  int replaced = 0;
  for (const std::string key : {"/CreationDate (", "/ModDate ("}) {
    for (size_t at = pdf.find(key); at != std::string::npos; at = pdf.find(key, at + 1)) {
      size_t open = at + key.size() - 1;
      size_t close = pdf.find(')', open);
      if (close == std::string::npos) break;
      std::string value = "(" + date + ")";
      size_t length = close - open + 1;
      if (value.size() > length) continue;
      // PDF allows any whitespace between a value and the next key.
      value.append(length - value.size(), ' ');
      pdf.replace(open, length, value);
      ++replaced;
    }
  }
  return replaced;
}

}  // namespace plansite
