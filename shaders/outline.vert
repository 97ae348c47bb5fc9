#version 330 core
// Pushes each vertex outward along its screen-space normal by a fixed number of
// pixels: drawn where the stencil does not cover the structure, this is its outline.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;

uniform mat4 uModelView;
uniform mat4 uProjection;
uniform mat3 uNormalMatrix;
uniform vec2 uViewport;
uniform float uWidthPixels;

void main() {
  vec4 clip = uProjection * (uModelView * vec4(aPosition, 1.0));
  vec3 nView = normalize(uNormalMatrix * aNormal);
  vec2 nClip = (uProjection * vec4(nView, 0.0)).xy;
  float len = length(nClip);
  vec2 offset = len > 1e-6 ? nClip / len : vec2(0.0);
  clip.xy += offset * uWidthPixels * 2.0 / uViewport * clip.w;
  gl_Position = clip;
}
