// Ankle Atlas: parse the command line, then hand over to app::run.
#include "app/options.h"
#include "app/run.h"

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
  int exitCode = 0;
  const auto options = app::parseOptions(argc, argv, exitCode);
  if (!options) return exitCode;
  try {
    return app::run(*options);
  } catch (const std::exception& e) {
    std::cerr << "ankle-atlas: internal error: " << e.what() << "\n";
    return app::kExitInternal;
  }
}
