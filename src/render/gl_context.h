// The few OpenGL calls the window layer needs, so no file outside src/render includes an
// OpenGL header: context checks, the driver's name, waiting for the GPU, the window's
// framebuffer.
#pragma once

#include <string>

namespace render {

// Empty when the current context is OpenGL 3.3 or newer; otherwise a sentence saying why not.
std::string contextVersionProblem();
std::string glDescription();  // "OpenGL 4.5 (Core Profile) Mesa ..., llvmpipe"
void finishFrame();           // waits until the GPU has drawn everything
void bindWindowFramebuffer(int width, int height);

}  // namespace render
