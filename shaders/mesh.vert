#version 330 core
// Lit meshes: positions and normals go to view space, where the lights are fixed to
// the camera so every view of the model is evenly lit.
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;

uniform mat4 uModel;
uniform mat4 uView;
uniform mat4 uProjection;
uniform mat3 uNormalMatrix;  // view * model, inverse transpose

out vec3 vPositionView;
out vec3 vNormalView;
out vec3 vPositionModel;

void main() {
  vec4 viewPos = uView * uModel * vec4(aPosition, 1.0);
  vPositionView = viewPos.xyz;
  vNormalView = uNormalMatrix * aNormal;
  vPositionModel = (uModel * vec4(aPosition, 1.0)).xyz;
  gl_Position = uProjection * viewPos;
}
