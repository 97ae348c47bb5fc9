#include "app/gl_window.h"

#include <epoxy/gl.h>
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
  if (epoxy_gl_version() < 33) {
    error = "the OpenGL context is version " + std::to_string(epoxy_gl_version() / 10) + "." +
            std::to_string(epoxy_gl_version() % 10) + "; Ankle Atlas needs 3.3 or newer";
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

std::string glDescription() {
  const auto* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
  const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  return std::string("OpenGL ") + (version ? version : "?") + ", " + (renderer ? renderer : "?");
}

}  // namespace app
