#include "app/gl_window.h"

#include "render/gl_context.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <cstdlib>

namespace app {

namespace {
std::string lastGlfwError;
void onGlfwError(int, const char* description) { lastGlfwError = description ? description : "unknown error"; }
int liveWindows = 0;
}  // namespace

GLFWwindow* createGlWindow(const WindowRequest& request, std::string& error) {
  glfwSetErrorCallback(onGlfwError);
  if (liveWindows == 0 && !glfwInit()) {
    const char* display = std::getenv("DISPLAY");
    const char* wayland = std::getenv("WAYLAND_DISPLAY");
    error = "cannot start the window system (" + lastGlfwError + ")";
    if ((!display || !*display) && (!wayland || !*wayland))
      error += "; no display is set: run on a desktop, or headless with xvfb-run -a";
    return nullptr;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, request.visible ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_SAMPLES, request.samples);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  GLFWwindow* window = glfwCreateWindow(request.width, request.height, request.title.c_str(), nullptr, nullptr);
  if (!window) {
    error = "no OpenGL 3.3 core context could be created (" + lastGlfwError +
            "); update the graphics driver or use Mesa (LIBGL_ALWAYS_SOFTWARE=1)";
    if (liveWindows == 0) glfwTerminate();
    return nullptr;
  }
  ++liveWindows;
  glfwMakeContextCurrent(window);
  error = render::contextVersionProblem();
  if (!error.empty()) {
    destroyGlWindow(window);
    return nullptr;
  }
  return window;
}

void destroyGlWindow(GLFWwindow* window) {
  if (!window) return;
  glfwDestroyWindow(window);
  if (--liveWindows == 0) glfwTerminate();
}

}  // namespace app
