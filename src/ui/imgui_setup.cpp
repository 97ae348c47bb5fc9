#include "ui/imgui_setup.h"

#include <epoxy/gl.h>
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <filesystem>

namespace ui {

namespace {
Fonts gFonts;
constexpr const char* kFontRegular = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kFontBold = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";

void applyStyle(float scale) {
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 8.0f;
  style.FrameRounding = 5.0f;
  style.GrabRounding = 5.0f;
  style.PopupRounding = 6.0f;
  style.WindowBorderSize = 0.0f;
  style.FramePadding = ImVec2(8.0f, 5.0f);
  style.ItemSpacing = ImVec2(8.0f, 6.0f);
  style.WindowPadding = ImVec2(14.0f, 12.0f);
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = ImVec4(0.09f, 0.10f, 0.13f, 0.92f);
  c[ImGuiCol_PopupBg] = ImVec4(0.11f, 0.12f, 0.16f, 0.97f);
  c[ImGuiCol_Header] = ImVec4(0.25f, 0.36f, 0.52f, 0.55f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.30f, 0.45f, 0.65f, 0.80f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.35f, 0.52f, 0.75f, 1.00f);
  c[ImGuiCol_Button] = ImVec4(0.22f, 0.30f, 0.42f, 0.85f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.30f, 0.45f, 0.65f, 1.00f);
  c[ImGuiCol_CheckMark] = ImVec4(1.00f, 0.76f, 0.30f, 1.00f);
  c[ImGuiCol_SliderGrab] = ImVec4(1.00f, 0.76f, 0.30f, 0.90f);
  c[ImGuiCol_TitleBgActive] = ImVec4(0.16f, 0.22f, 0.32f, 1.00f);
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}
}  // namespace

bool initImGui(GLFWwindow* window, bool installCallbacks, float scale) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is fixed; nothing written to the working directory
  rebuildFonts(scale);
  if (!ImGui_ImplGlfw_InitForOpenGL(window, installCallbacks)) return false;
  return ImGui_ImplOpenGL3_Init("#version 330 core");
}

void rebuildFonts(float scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  std::error_code ec;
  if (std::filesystem::exists(kFontRegular, ec)) {
    gFonts.body = io.Fonts->AddFontFromFileTTF(kFontRegular, 18.0f * scale);
    gFonts.heading = std::filesystem::exists(kFontBold, ec) ? io.Fonts->AddFontFromFileTTF(kFontBold, 24.0f * scale)
                                                           : gFonts.body;
    gFonts.overlay = std::filesystem::exists(kFontBold, ec) ? io.Fonts->AddFontFromFileTTF(kFontBold, 30.0f * scale)
                                                           : gFonts.heading;
  }
  if (!gFonts.body) {
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    gFonts.body = gFonts.heading = gFonts.overlay = io.Fonts->AddFontDefault(&config);
  }
  applyStyle(scale);
  if (ImGui::GetCurrentContext() && io.BackendRendererUserData) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
}

const Fonts& fonts() { return gFonts; }

void shutdownImGui() {
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
}

void beginFrame(int width, int height) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  if (width > 0 && height > 0) {
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
  }
  ImGui::NewFrame();
}

void endFrameAndRender() {
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace ui
