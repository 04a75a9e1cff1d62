import { createBrowserRouter } from "react-router";
import { NotFound } from "./NotFound";
import { RouteGate } from "./RouteGate";
import { ROUTES } from "./routes";
import { Shell } from "./Shell";

export const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      ...ROUTES.map((route) => ({ path: route.path, element: <RouteGate route={route} /> })),
      { path: "*", element: <NotFound /> },
    ],
  },
]);
